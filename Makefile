# Policy Lens — every task a developer or CI runs. `make test` is what CI runs.
.PHONY: test fmt-check clippy unit score build snapshots bench

CARGO ?= cargo

## Everything CI checks: formatting, lints, unit/integration/property tests, dev-corpus scores.
test: fmt-check clippy unit score

fmt-check:
	$(CARGO) fmt --all -- --check

clippy:
	$(CARGO) clippy --release --all-targets -- -D warnings

unit:
	$(CARGO) test --release

## Dev-corpus scores against the minimums in tests/score_thresholds.tsv.
score: build
	python3 tests/score_gate.py

build:
	$(CARGO) build --release

## Rewrite the golden snapshots after an intended change in behaviour.
snapshots:
	UPDATE_SNAPSHOTS=1 $(CARGO) test --release --test golden

## Native throughput: full analysis beside jieba-rs `cut`, on the seed and on 1 MB.
bench:
	$(CARGO) bench --bench analyze
