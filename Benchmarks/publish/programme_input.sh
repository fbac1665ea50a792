# Sourced by the publishing benchmarks (programme.sh, incremental.sh, tmpfs.sh), from the
# repository's root.
#
# programme_input LOTS WORK DPP: writes the national programme's inputs for LOTS lots into
# WORK/input (make_programme.py) and an issuer key for its catalogue's DID into WORK/keys (made
# by the build DPP), and sets `key` to the key's PEM file.
programme_input() {
  python3 Benchmarks/publish/make_programme.py "$1" "$2/input"
  local did
  did=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['issuer']['did'])" "$2/input/catalog.json")
  "$3" keys new --did "$did" --out "$2/keys" > /dev/null
  key=$(ls "$2"/keys/*.pem)
}
