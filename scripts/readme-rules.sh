#!/usr/bin/env bash
# Rewrites README's table of rules from `policy-lens vocabulary --markdown` (run after a rule
# is added or its description changes; tests/rules.rs fails while the table is stale).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
table=$(target/release/policy-lens vocabulary --markdown)
python3 - "$table" <<'PY'
import sys
path = "README.md"
text = open(path, encoding="utf-8").read()
head, rest = text.split("(a test checks that it is current):\n\n", 1)
_, tail = rest.split("\n### How to add a rule", 1)
open(path, "w", encoding="utf-8").write(
    head + "(a test checks that it is current):\n\n" + sys.argv[1] + "\n\n### How to add a rule" + tail)
PY
