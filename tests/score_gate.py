#!/usr/bin/env python3
"""Scores the analyzer on the dev corpus with ../shared/eval/score.py and fails when any
figure is under its minimum in tests/score_thresholds.tsv.

Usage: python3 tests/score_gate.py [SHARED_DIR]   (default ../shared, beside the project)
"""
import json
import subprocess
import sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent
shared = Path(sys.argv[1]) if len(sys.argv) > 1 else root.parent / "shared"
binary = root / "target" / "release" / "policy-lens"
if not binary.exists():
    sys.exit(f"{binary} is missing: run `cargo build --release` first")
run = subprocess.run(
    [sys.executable, str(shared / "eval" / "score.py"), "--json", "--quiet",
     "--run", f"{binary} analyze", str(shared / "corpus" / "dev")],
    capture_output=True, text=True)
if run.returncode != 0:
    sys.exit(f"score.py failed:\n{run.stderr}")
summary = json.loads(run.stdout)["summary"]

failures = []
for line in (root / "tests" / "score_thresholds.tsv").read_text(encoding="utf-8").splitlines()[1:]:
    if not line.strip() or line.startswith("#") or line.startswith("category\t"):
        continue
    category, metric, minimum = line.split("\t")
    got = summary[category][metric]
    ok = got is not None and got >= float(minimum)
    print(f"  {category:<10} {metric:<20} {got if got is not None else 'n/a':>6}  (minimum {minimum}) {'ok' if ok else 'FAIL'}")
    if not ok:
        failures.append(f"{category} {metric}")
if failures:
    sys.exit(f"dev-corpus scores under their minimum: {', '.join(failures)}")
print("score gate: 1 passed, 0 failed")
