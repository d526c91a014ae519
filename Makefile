# Policy Lens — every task a developer or CI runs. `make test` is what CI runs.
.PHONY: audit test dist embed-typecheck fmt-check clippy fuzz-build unit score build snapshots bench serve wasm setup setup-test native-analyses wasm-test e2e js-test typecheck fuzz

CARGO ?= cargo

WASM := target/wasm32-unknown-unknown/release/policy_lens.wasm
SAMPLE := ../shared/corpus/dev/seed_qinghai_2017.txt
PORT ?= 8080

## Everything CI checks: formatting, lints, native tests, dev-corpus scores, the wasm API in
## headless Chromium, the page's JavaScript (type-checked and unit-tested), the embed's
## JavaScript (type-checked) and built folder, and the page and the embed end to end.
test: fmt-check clippy fuzz-build unit score wasm-test typecheck js-test embed-typecheck dist e2e

## Build the release wasm and serve www/ with the seed article preloaded.
serve: wasm
	@echo "Policy Lens: http://127.0.0.1:$(PORT)/"
	cd www && python3 -m http.server $(PORT) --bind 127.0.0.1

## Install what the wasm build needs (and, for setup-test, the browser tests).
setup:
	scripts/setup.sh

setup-test:
	scripts/setup.sh --test

## The page's module: wasm-bindgen output, optimised by wasm-opt, the vocabulary generated
## from the Rust enums, and the sample text.
wasm: setup build
	$(CARGO) build --release --target wasm32-unknown-unknown --lib
	wasm-bindgen --target web --out-dir www/pkg $(WASM)
	node_modules/.bin/wasm-opt -O3 www/pkg/policy_lens_bg.wasm -o www/pkg/policy_lens_bg.wasm
	target/release/policy-lens vocabulary --js > www/pkg/vocabulary.js
	if [ -f $(SAMPLE) ]; then install -m 644 $(SAMPLE) www/pkg/sample.txt; fi

## The embeddable widget as one self-contained folder that is also an npm package:
## dist/policy-lens/ with .br and .gz beside each served file (scripts/dist.mjs says what is in it).
dist: setup wasm
	node scripts/dist.mjs

## The embed's JavaScript checked by TypeScript (www/embed/tsconfig.json).
embed-typecheck: setup wasm
	node_modules/.bin/tsc -p www/embed/tsconfig.json

## The native analyses of the dev texts, which tests/wasm.rs compares the wasm API with.
native-analyses: build
	mkdir -p target/native-analyses
	for f in ../shared/corpus/dev/*.txt; do target/release/policy-lens analyze "$$f" > target/native-analyses/$$(basename "$$f" .txt).json; done

## The wasm API against the native core, in headless Chromium (wasm-bindgen-test).
wasm-test: setup-test native-analyses
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	  $(CARGO) test --release --target wasm32-unknown-unknown --test wasm

## The page end to end with Playwright driving Debian's Chromium; the embed's tests use the
## built folder.
e2e: setup-test wasm dist
	node --test tests/e2e/

## The page's JavaScript checked by TypeScript (JSDoc types, against the generated .d.ts).
typecheck: setup wasm
	node_modules/.bin/tsc -p tsconfig.json

## Unit tests of the page's pure modules (the classroom's marks store, CSV, link encoding …).
js-test: setup wasm
	node --test tests/js/

fmt-check:
	$(CARGO) fmt --all -- --check

## Lints; no function of src/ over 60 lines (clippy.toml sets the threshold).
clippy: setup native-analyses
	$(CARGO) clippy --release --all-targets -- -D warnings
	$(CARGO) clippy --release --lib --bins -- -D warnings -W clippy::too_many_lines
	$(CARGO) clippy --release --target wasm32-unknown-unknown --lib --test wasm -- -D warnings -W clippy::too_many_lines

## The fuzz target compiles (it is not a member of the workspace, so nothing else builds it).
fuzz-build:
	$(CARGO) check --manifest-path fuzz/Cargo.toml

unit:
	$(CARGO) test --release

## Dev-corpus scores against the minimums in tests/score_thresholds.tsv.
score: build
	python3 tests/score_gate.py

build:
	$(CARGO) build --release

## A fixed sample of 40 spans per kind on ../shared/corpus/unlabeled, each in its unit, to
## judge by hand (AUDIT_SEED, default 12).
AUDIT_SEED ?= 12
audit: build
	python3 scripts/audit.py --seed $(AUDIT_SEED)

## Rewrite the golden snapshots and the rule fixtures' expectations after an intended change.
snapshots:
	UPDATE_SNAPSHOTS=1 $(CARGO) test --release --test golden --test rules

## Speed and size beside jieba-rs (native) and jieba-wasm (Node, headless Chromium), cold
## and warm, medians and ranges of BENCH_RUNS fresh runs (default 5; BENCH_RUNS=1 checks the
## script quickly): a table in target/bench.md (bench/run.mjs says what it measures).
bench: setup-test wasm
	node bench/run.mjs

## Fuzz the analysis with libFuzzer for FUZZ_SECONDS (default 300). cargo-fuzz needs nightly
## features; RUSTC_BOOTSTRAP lets the stable toolchain provide them. New inputs go to
## target/fuzz-corpus; the seeds in fuzz/corpus/analyze stay as they are.
FUZZ_SECONDS ?= 300
fuzz:
	command -v cargo-fuzz >/dev/null || $(CARGO) install cargo-fuzz
	mkdir -p target/fuzz-corpus
	cd fuzz && RUSTC_BOOTSTRAP=1 $(CARGO) fuzz run analyze ../target/fuzz-corpus corpus/analyze -- \
	  -max_total_time=$(FUZZ_SECONDS) -max_len=32768 -timeout=10
