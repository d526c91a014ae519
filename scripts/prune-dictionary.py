#!/usr/bin/env python3
"""Prunes data/jieba_dict.txt of rare compounds of common words: a word of four or more
characters, rarer than MAX (default 10), that splits into two dictionary words each at
least RATIO (default 10) times as frequent, is dropped, so that segmentation gives its
parts (精心组织 → 精心 组织, 听取汇报 → 听取 汇报): jieba's dictionary stores many adverb+verb
and verb+object phrases as one noun-tagged word, which hides the verb from the rules.
Places, organisations, numerals, times and names of up to three characters are kept whole.

  scripts/prune-dictionary.py [MAX [RATIO]]     rewrites data/jieba_dict.txt in place
"""
import sys
from pathlib import Path

# Kept whatever they split into. Plain names (nr) are not among them: a personal name has two
# or three characters, which are never pruned, and a longer "name" made of two common words
# (严格执行) is a phrase jieba mistagged.
KEEP_TAGS = {"nrt", "nrfg", "ns", "nt", "m", "t", "mq", "nx", "eng"}


def main():
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    ratio = float(sys.argv[2]) if len(sys.argv) > 2 else 10
    path = Path(__file__).resolve().parent.parent / "data" / "jieba_dict.txt"
    head, entries = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            head.append(line)
            continue
        fields = line.split()
        entries.append((fields[0], int(fields[1]), fields[2] if len(fields) > 2 else ""))
    freq = {w: f for w, f, _ in entries}

    def compound(word, f, tag):
        if len(word) < 4 or tag in KEEP_TAGS or f >= limit:
            return False
        return any(freq.get(word[:k], 0) >= ratio * f and freq.get(word[k:], 0) >= ratio * f
                   for k in range(2, len(word) - 1))

    kept = [e for e in entries if not compound(*e)]
    head = [h for h in head if not h.startswith("# Pruned:")]
    head.append(f"# Pruned: {len(entries) - len(kept)} rare compounds of common words left out "
                f"(scripts/prune-dictionary.py {limit} {ratio:g}).")
    body = [f"{w} {f} {t}" if t else f"{w} {f}" for w, f, t in kept]
    path.write_text("\n".join(head + body) + "\n", encoding="utf-8")
    print(f"data/jieba_dict.txt: {len(kept)} of {len(entries)} words kept", file=sys.stderr)


if __name__ == "__main__":
    main()
