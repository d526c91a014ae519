#!/usr/bin/env python3
"""Samples spans of the analyzer on the unlabeled corpus for a person to judge.

  scripts/audit.py [--seed N] [--per-kind K] [--kinds directive,actor,...] [--binary PATH]

Runs target/release/policy-lens over ../shared/corpus/unlabeled, draws K spans of each kind
(default 40) with a fixed seed (default 12), and prints each numbered, with its rule, its
attributes and the unit it stands in, the span in 【】. Judge each line (right or wrong);
the precision is the share judged right. The same seed gives the same sample, so a change
can be judged before and after on the same spans only if the spans did not move: compare
the samples by their text.
"""
import argparse
import json
import random
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UNITS = re.compile(r"[^。！？；!?;\n]*[。！？；!?;\n]?")


def unit_around(text, start, end):
    """The unit (ANNOTATION.md §0, roughly) that holds text[start:end], the span marked."""
    left = max(text.rfind(c, 0, start) for c in "。！？；!?;\n") + 1
    ends = [i for i in (text.find(c, end) for c in "。！？；!?;\n") if i >= 0]
    right = min(ends) + 1 if ends else len(text)
    return (text[left:start] + "【" + text[start:end] + "】" + text[end:right]).strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--per-kind", type=int, default=40)
    ap.add_argument("--kinds", default="directive,actor,measure,target")
    ap.add_argument("--binary", default=str(ROOT / "target" / "release" / "policy-lens"),
                    help="the policy-lens to sample (another build, to judge before and after)")
    args = ap.parse_args()
    corpus = ROOT.parent / "shared" / "corpus" / "unlabeled"
    out = subprocess.run([args.binary, "analyze", "--format", "jsonl",
                          str(corpus)], capture_output=True, text=True, check=False).stdout
    spans = {k: [] for k in args.kinds.split(",")}
    for line in out.splitlines():
        a = json.loads(line)
        text = (corpus / Path(a["file"]).name).read_text(encoding="utf-8")
        utf16 = text.encode("utf-16-le")
        def cp(u):  # a UTF-16 offset as a code-point offset
            return len(utf16[:2 * u].decode("utf-16-le", errors="ignore"))
        for kind in spans:
            for s in a[kind + "s"]:
                attrs = [s.get(f) for f in ("force", "role", "level", "instrument") if s.get(f)]
                spans[kind].append((Path(a["file"]).name, s["rule"], "/".join(attrs),
                                    unit_around(text, cp(s["start"]), cp(s["end"]))))
    rng = random.Random(args.seed)
    for kind, found in spans.items():
        sample = rng.sample(found, min(args.per_kind, len(found)))
        print(f"== {kind}: {len(sample)} of {len(found)} (seed {args.seed})")
        for i, (name, rule, attrs, unit) in enumerate(sample, 1):
            print(f"{i:3} {rule} {attrs} [{name}]\n    {unit[:160]}")


if __name__ == "__main__":
    main()
