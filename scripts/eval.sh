#!/usr/bin/env bash
# Scores the engine on the seeds' development questions and on every deal story in the shared folder
# (../shared/eval/stories/run.sh: each story alone, then all of them in one corpus), and prints the total.
#   npm run eval          one line per set and the total
#   npm run eval -- -v    also every miss
# Exits non-zero when a run or the scorer fails (a low score alone does not fail it).
set -u
verbose=${1:-}
SHARED=${SHARED:-../shared}
EVAL="$SHARED/eval"
out=$(mktemp)
trap 'rm -f "$out" .eval-answers.jsonl' EXIT
status=0

npm run --silent ask -- --jsonl <"$EVAL/questions.dev.jsonl" >.eval-answers.jsonl || status=1
seeds=$(node "$EVAL/score.mjs" "$EVAL/questions.dev.jsonl" .eval-answers.jsonl)
[ "$verbose" = "-v" ] && printf '%s\n' "$seeds" | grep -v '^score:' | sed 's/^/  [seeds] /'
seeds_score=$(printf '%s\n' "$seeds" | sed -n 's/^score: \([0-9]*\/[0-9]*\) correct$/\1/p')
echo "seeds: ${seeds_score:-?} correct"

if [ -x "$EVAL/stories/run.sh" ] || [ -f "$EVAL/stories/run.sh" ]; then
  bash "$EVAL/stories/run.sh" $verbose >"$out" || status=1
  cat "$out"
  stories_score=$(sed -n 's/^stories: \([0-9]*\/[0-9]*\) correct$/\1/p' "$out")
else
  stories_score="0/0"
fi

# Each story's own questions asked again of one folder holding the seeds and every story: a story must be
# answered there at least as well as alone (its questions that name no deal may get "which story?").
if [ -d "$EVAL/stories" ]; then
  all=$(mktemp -d)
  for f in "$SHARED"/seeds/*; do
    case "$(basename "$f")" in README* | .*) ;; *) cp "$f" "$all/" ;; esac
  done
  for d in "$EVAL"/stories/*/; do
    [ -f "$d/questions.jsonl" ] && cp "$d"/articles/* "$all/"
  done
  for d in "$EVAL"/stories/*/; do
    [ -f "$d/questions.jsonl" ] || continue
    name=$(basename "$d")
    SEEDS_DIR="$all" npm run --silent ask -- --jsonl <"$d/questions.jsonl" >.eval-answers.jsonl || status=1
    scored=$(node "$EVAL/score.mjs" "$d/questions.jsonl" .eval-answers.jsonl "$all")
    [ "$verbose" = "-v" ] && printf '%s\n' "$scored" | grep -v '^score:' | sed "s/^/  [$name among all] /"
    alone=$(sed -n "s/^$name: \([0-9]*\/[0-9]*\) correct$/\1/p" "$out")
    asked=$(node -e 'let n = 0; for (const l of require("fs").readFileSync(".eval-answers.jsonl", "utf8").split("\n")) if (l.trim() && JSON.parse(l).storyChoices?.length) n++; console.log(n)')
    echo "$name among all stories: $(printf '%s\n' "$scored" | sed -n 's/^score: \([0-9]*\/[0-9]*\) correct$/\1/p') correct (alone: ${alone:-?}; asked which story: $asked)"
  done
  rm -rf "$all"
fi

seeds_score=${seeds_score:-0/0}
stories_score=${stories_score:-0/0}
c=$((${seeds_score%/*} + ${stories_score%/*}))
n=$((${seeds_score#*/} + ${stories_score#*/}))
echo "total: $c/$n correct"
exit $status
