#!/usr/bin/env bash
# usage: bash run.sh REPO OUTDIR
#   REPO   a checkout of deal-bot with node_modules installed
#   OUTDIR where answers (<set>.answers.jsonl), scores (<set>.score.txt) and isolation.txt are written
# Scores each story in stories/ alone, then the combined set over one folder holding every story's
# articles plus /work/shared/seeds; prints "<set>: C/N" per set, the total, and misses counted by kind.
set -u
[ $# -eq 2 ] || { echo "usage: bash run.sh REPO OUTDIR" >&2; exit 2; }
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$1" && pwd) || { echo "no such repo: $1" >&2; exit 2; }
mkdir -p "$2" && OUT=$(cd "$2" && pwd)
SHARED=${SHARED:-/work/shared}
SCORE="$SHARED/eval/score.mjs"
ISO="$SHARED/eval/isolation.mjs"
SEEDS="$SHARED/seeds"
[ -f "$REPO/package.json" ] || { echo "not a deal-bot checkout: $REPO" >&2; exit 2; }
TMPD=$(mktemp -d)
trap 'rm -rf "$TMPD"' EXIT

questions_of() { node -e 'for (const l of require("fs").readFileSync(process.argv[1], "utf8").split("\n")) if (l.trim()) console.log(JSON.parse(l).q)' "$1"; }

total_c=0; total_n=0; fail=0
: > "$TMPD/misses.txt"; : > "$TMPD/kinds.tsv"

score_set() {  # name questions.jsonl corpus-dir
  local name=$1 q=$2 dir=$3 c n
  node -e 'for (const l of require("fs").readFileSync(process.argv[1], "utf8").split("\n")) if (l.trim()) { const o = JSON.parse(l); console.log(o.id + "\t" + (o.kind || "?")) }' "$q" >> "$TMPD/kinds.tsv"
  if ! questions_of "$q" | (cd "$REPO" && SEEDS_DIR="$dir" npm run --silent ask -- --jsonl) > "$OUT/$name.answers.jsonl" 2> "$OUT/$name.err"; then
    echo "$name: ask failed: $(tail -1 "$OUT/$name.err")"; fail=1
  fi
  node "$SCORE" "$q" "$OUT/$name.answers.jsonl" "$dir" > "$OUT/$name.score.txt" 2>&1
  grep '^miss ' "$OUT/$name.score.txt" >> "$TMPD/misses.txt"
  c=$(sed -n 's/^score: \([0-9]*\)\/\([0-9]*\) correct$/\1/p' "$OUT/$name.score.txt")
  n=$(grep -c . "$q")
  if [ -z "$c" ]; then echo "$name: scorer failed: $(tail -1 "$OUT/$name.score.txt")"; c=0; fail=1
  else echo "$name: $c/$n"; fi
  total_c=$((total_c + c)); total_n=$((total_n + n))
}

mkdir -p "$TMPD/combined"
for f in "$SEEDS"/*; do case "$(basename "$f")" in README* | .*) ;; *) cp "$f" "$TMPD/combined/" ;; esac; done
dirs=()
for story in "$HERE"/stories/*/; do
  story=${story%/}
  [ -f "$story/questions.jsonl" ] && [ -d "$story/articles" ] || continue
  score_set "$(basename "$story")" "$story/questions.jsonl" "$story/articles"
  cp "$story"/articles/* "$TMPD/combined/"
  dirs+=("$story/articles")
done
score_set combined "$HERE/combined-questions.jsonl" "$TMPD/combined"
node "$ISO" "$OUT/combined.answers.jsonl" "${dirs[@]}" "$SEEDS" > "$OUT/isolation.txt" 2>&1
tail -1 "$OUT/isolation.txt"
echo "total: $total_c/$total_n"
echo "misses by kind:"
awk -F'\t' 'NR == FNR { kind[$1] = $2; next } { split($0, w, " "); k = (w[2] in kind) ? kind[w[2]] : "?"; count[k]++ }
  END { for (k in count) printf "  %s %d\n", k, count[k] }' "$TMPD/kinds.tsv" "$TMPD/misses.txt" | sort -k2,2nr -k1,1
exit $fail
