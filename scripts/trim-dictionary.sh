#!/usr/bin/env bash
# Rewrites data/jieba_dict.txt from the default dictionary of the jieba-rs sources that cargo
# fetched: every word with a frequency of at least MIN (default 3), then prunes it of rare
# compounds of common words (scripts/prune-dictionary.py).
#   scripts/trim-dictionary.sh [MIN]
set -euo pipefail
cd "$(dirname "$0")/.."
min=${1:-3}
cargo fetch -q
src=$(find "${CARGO_HOME:-$HOME/.cargo}/registry/src" -path '*jieba-rs-0.11.*/src/data/dict.txt' | sort | tail -n 1)
[ -n "$src" ] || { echo "trim-dictionary: jieba-rs's dict.txt not found under the cargo registry" >&2; exit 1; }
total=$(wc -l < "$src")
awk -v min="$min" '$2 >= min' "$src" > target/jieba_dict.body
kept=$(wc -l < target/jieba_dict.body)
{
  echo "# The words of jieba-rs 0.11's default dictionary (MIT licence) with a frequency of $min or more:"
  echo "# $kept of its $total words; the rarest are left out, which the dev-corpus scores do not feel."
  echo "# One word a line, space-separated as jieba reads it: word, frequency, part-of-speech tag."
  echo "# Regenerate with scripts/trim-dictionary.sh."
  cat target/jieba_dict.body
} > data/jieba_dict.txt
rm target/jieba_dict.body
echo "data/jieba_dict.txt: $kept of $total words (frequency >= $min)"
scripts/prune-dictionary.py
