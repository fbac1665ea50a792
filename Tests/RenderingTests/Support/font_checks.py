"""Independent checks of the label font code with fontTools.

  font_checks.py map FONT
      prints JSON: {"unitsPerEm": n, "glyphs": {"<code point>": [glyph id, advance], ...}}
      for every character of the font's best Unicode character map.
  font_checks.py subset FONT SUBSET GLYPHS
      checks SUBSET (a font file) against FONT: GLYPHS is the comma-separated original glyph id
      of each subset glyph. Its tables' checksums must hold (fontTools raises otherwise) and the
      whole file's sum to 0xB1B0AFBA (the head table's adjustment), its glyph count
      and metrics match, and every outline is the original's (composite glyphs' components
      renumbered as GLYPHS says). Prints "ok", or the differences and exits 1.
"""
import json
import struct
import sys

from fontTools.ttLib import TTFont


def character_map(path):
    font = TTFont(path)
    order = font.getGlyphOrder()
    index = {name: number for number, name in enumerate(order)}
    metrics = font["hmtx"].metrics
    glyphs = {str(code): [index[name], metrics[name][0]] for code, name in font.getBestCmap().items()}
    print(json.dumps({"unitsPerEm": font["head"].unitsPerEm, "glyphs": glyphs}))


def outline(font, name):
    glyph = font["glyf"][name]
    if glyph.isComposite():
        return ("composite", [(c.glyphName, c.x, c.y, getattr(c, "transform", None), c.flags) for c in glyph.components])
    if glyph.numberOfContours == 0:
        return ("empty",)
    return ("simple", list(glyph.coordinates), list(glyph.endPtsOfContours), list(glyph.flags), bytes(glyph.program.getBytecode()))


def check_subset(original_path, subset_path, glyph_list):
    original = TTFont(original_path)
    subset = TTFont(subset_path, checkChecksums=2)
    kept = [int(number) for number in glyph_list.split(",")]
    problems = []
    data = open(subset_path, "rb").read()
    data += bytes(-len(data) % 4)
    if sum(struct.unpack(f">{len(data) // 4}I", data)) & 0xFFFFFFFF != 0xB1B0AFBA:
        problems.append("the file's checksum is not 0xB1B0AFBA: head.checkSumAdjustment is wrong")
    if subset["maxp"].numGlyphs != len(kept):
        problems.append(f"maxp.numGlyphs {subset['maxp'].numGlyphs}, expected {len(kept)}")
    original_order = original.getGlyphOrder()
    subset_order = subset.getGlyphOrder()
    renamed = {subset_order[new]: original_order[old] for new, old in enumerate(kept)}
    for new, old in enumerate(kept):
        new_name, old_name = subset_order[new], original_order[old]
        if subset["hmtx"].metrics[new_name] != original["hmtx"].metrics[old_name]:
            problems.append(f"glyph {new}: metrics {subset['hmtx'].metrics[new_name]} != {original['hmtx'].metrics[old_name]}")
        mine, theirs = outline(subset, new_name), outline(original, old_name)
        if mine[0] == "composite":
            mine = ("composite", [(renamed.get(name, "?" + name),) + tuple(rest) for name, *rest in mine[1]])
        if mine != theirs:
            problems.append(f"glyph {new} (original {old}): outline differs")
    for tag in ["cvt ", "fpgm", "prep"]:
        if tag in original and original.getTableData(tag) != subset.getTableData(tag):
            problems.append(f"table {tag!r} differs")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("ok")


if __name__ == "__main__":
    if sys.argv[1] == "map":
        character_map(sys.argv[2])
    else:
        check_subset(sys.argv[2], sys.argv[3], sys.argv[4])
