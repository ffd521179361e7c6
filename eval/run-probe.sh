#!/usr/bin/env bash
# usage: bash eval/run-probe.sh PROBE_DIR REPO OUTDIR
# The runner every probe's run.sh calls. Asks deal-bot (a checkout at REPO with node_modules installed) every
# question of the probe's stories (PROBE_DIR/stories/*, each with questions.jsonl and articles/), each story
# alone, then PROBE_DIR/combined-questions.jsonl over one temporary folder holding all stories' articles plus
# the shared seeds (README* skipped). Writes OUTDIR/<set>.answers.jsonl, OUTDIR/<set>.score.txt and
# OUTDIR/combined.isolation.txt, then prints one line per set, the isolation line, the total, and the misses
# counted by question kind. Override the shared folder with SHARED=... (default /work/shared).
set -u
HERE=$(cd "${1:?usage: run-probe.sh PROBE_DIR REPO OUTDIR}" && pwd) || exit 2
shift
REPO=${1:?usage: run-probe.sh PROBE_DIR REPO OUTDIR}
OUTDIR=${2:?usage: run-probe.sh PROBE_DIR REPO OUTDIR}
SHARED=${SHARED:-/work/shared}
SCORE="$SHARED/eval/score.mjs"
ISO="$SHARED/eval/isolation.mjs"
SEEDS="$SHARED/seeds"
REPO=$(cd "$REPO" 2>/dev/null && pwd) || { echo "no such repo: $1"; exit 2; }
[ -f "$REPO/package.json" ] || { echo "not a deal-bot checkout: $REPO"; exit 2; }
[ -f "$SCORE" ] || { echo "scorer not found: $SCORE (set SHARED=...)"; exit 2; }
mkdir -p "$OUTDIR" && OUTDIR=$(cd "$OUTDIR" && pwd)
STORIES=()
for d in "$HERE"/stories/*/; do
  d=${d%/}
  [ -f "$d/questions.jsonl" ] && [ -d "$d/articles" ] && STORIES+=("$(basename "$d")")
done
[ ${#STORIES[@]} -gt 0 ] || { echo "no stories under $HERE/stories"; exit 2; }
TMPD=$(mktemp -d)
trap 'rm -rf "$TMPD"' EXIT

questions_of() {  # questions.jsonl -> the q field, one a line
  node -e 'for (const l of require("fs").readFileSync(process.argv[1], "utf8").split("\n")) if (l.trim()) console.log(JSON.parse(l).q)' "$1"
}

total_c=0; total_n=0; fail=0; sets=()
run_set() {  # name questions.jsonl articles-dir
  local name=$1 q=$2 dir=$3 c n
  sets+=("$name")
  n=$(grep -c . "$q")
  if ! questions_of "$q" | (cd "$REPO" && SEEDS_DIR="$dir" npm run --silent ask -- --jsonl) \
      >"$OUTDIR/$name.answers.jsonl" 2>"$OUTDIR/$name.err"; then
    echo "$name: ask failed: $(tail -1 "$OUTDIR/$name.err")"
    fail=1; total_n=$((total_n + n)); return
  fi
  node "$SCORE" "$q" "$OUTDIR/$name.answers.jsonl" "$dir" >"$OUTDIR/$name.score.txt"
  c=$(sed -n 's/^score: \([0-9]*\)\/[0-9]* correct$/\1/p' "$OUTDIR/$name.score.txt")
  if [ -z "$c" ]; then
    echo "$name: scorer failed: $(tail -1 "$OUTDIR/$name.score.txt")"
    fail=1; c=0
  else
    echo "$name: $c/$n"
  fi
  total_c=$((total_c + c)); total_n=$((total_n + n))
}

mkdir -p "$TMPD/combined"
for f in "$SEEDS"/*; do
  case "$(basename "$f")" in README* | readme* | .*) ;; *) cp "$f" "$TMPD/combined/" ;; esac
done
iso_dirs=()
qfiles=()
for s in "${STORIES[@]}"; do
  run_set "$s" "$HERE/stories/$s/questions.jsonl" "$HERE/stories/$s/articles"
  cp "$HERE/stories/$s/articles/"* "$TMPD/combined/"
  iso_dirs+=("$HERE/stories/$s/articles")
  qfiles+=("$HERE/stories/$s/questions.jsonl")
done
if [ -f "$HERE/combined-questions.jsonl" ]; then
  run_set combined "$HERE/combined-questions.jsonl" "$TMPD/combined"
  qfiles+=("$HERE/combined-questions.jsonl")
  if [ -s "$OUTDIR/combined.answers.jsonl" ]; then
    node "$ISO" "$OUTDIR/combined.answers.jsonl" "${iso_dirs[@]}" "$SEEDS" >"$OUTDIR/combined.isolation.txt"
    tail -1 "$OUTDIR/combined.isolation.txt"
  fi
fi
echo "total: $total_c/$total_n"

# misses by kind: score.mjs prints "miss <id> <question as JSON>: <why>"; join the id on the questions' kind
echo "misses by kind:"
node -e '
  const fs = require("fs");
  const [outdir, setlist, ...qfiles] = process.argv.slice(1);
  const kind = new Map();
  for (const f of qfiles) for (const l of fs.readFileSync(f, "utf8").split("\n")) if (l.trim()) { const q = JSON.parse(l); kind.set(q.id, q.kind ?? "?"); }
  const count = new Map();
  const perSet = new Map();
  for (const s of setlist.split(" ")) {
    const f = `${outdir}/${s}.score.txt`;
    if (!fs.existsSync(f)) continue;
    const mine = new Map();
    perSet.set(s, mine);
    for (const l of fs.readFileSync(f, "utf8").split("\n")) {
      const m = /^miss (\S+) /.exec(l);
      if (m) { const k = kind.get(m[1]) ?? "?"; count.set(k, (count.get(k) ?? 0) + 1); mine.set(k, (mine.get(k) ?? 0) + 1); }
    }
  }
  const rows = [...count].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (rows.length === 0) console.log("  (none)");
  for (const [k, n] of rows) console.log(`  ${k}: ${n}`);
  for (const [s, c] of perSet) console.log(`  [${s}] ` + ([...c].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `${k} ${n}`).join(", ") || "none"));
' "$OUTDIR" "${sets[*]}" "${qfiles[@]}"
exit $fail
