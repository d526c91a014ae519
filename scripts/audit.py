#!/usr/bin/env python3
"""Print a fixed random sample of the spans of one kind that the analyzer finds in a corpus,
each with its context, role/level (actors) and rule, for a reader to judge (issue 12's audit).

  python3 scripts/audit.py [--kind actor] [--seed 12] [-n 40] BIN CORPUS_DIR

BIN is the policy-lens binary (target/fast/policy-lens); the sample depends only on the seed
and on the spans found, so the same command on the same build prints the same spans.
"""
import argparse
import json
import pathlib
import random
import subprocess

KEYS = {"actor": "actors", "measure": "measures", "target": "targets", "directive": "directives"}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("bin")
    ap.add_argument("corpus")
    ap.add_argument("--kind", default="actor", choices=sorted(KEYS))
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("-n", type=int, default=40)
    a = ap.parse_args()
    out = subprocess.run([a.bin, "analyze", "--format", "jsonl", "-k", a.kind, a.corpus],
                         capture_output=True, text=True, check=True).stdout
    spans = []
    for line in out.splitlines():
        d = json.loads(line)
        units = pathlib.Path(d["file"]).read_text(encoding="utf-8").encode("utf-16-le")
        cut = lambda s, e: units[2 * max(s, 0):2 * e].decode("utf-16-le", "replace").replace("\n", "/")
        for x in d[KEYS[a.kind]]:
            s, e = x["start"], x["end"]
            attrs = " ".join(str(x[k]) for k in ("role", "level", "force", "instrument") if k in x)
            spans.append(f"{cut(s - 12, s)}[{cut(s, e)}]{cut(e, e + 10)}  {attrs} {x.get('rule', '')}")
    print(f"{len(spans)} {a.kind} spans; seed {a.seed}")
    for i, s in enumerate(random.Random(a.seed).sample(spans, min(a.n, len(spans)))):
        print(f"{i:2} {s}")


if __name__ == "__main__":
    main()
