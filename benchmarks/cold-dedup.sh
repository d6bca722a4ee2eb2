#!/bin/sh
# Cold end-to-end `dedup` of this build against another build's CLI jar, the protocol of issue 13
# (benchmarks/README.md, "Cold `dedup`"): the first N articles of a JSONL(.gz) corpus, R rounds,
# each round one run of the other jar (`java -jar OTHER dedup --threshold 0.8`) and then one of
# this build's launcher (`bin/tahqiq dedup --threshold 0.8 --no-progress`), so that both see the
# same machine load; prints each run and the medians of wall and user time, and checks that this
# build printed the same groups in every round.
#
#   benchmarks/cold-dedup.sh CORPUS OTHER_CLI_JAR [ARTICLES] [ROUNDS]
#   benchmarks/cold-dedup.sh ../shared/corpora/egypt-news-2013-40k.jsonl.gz base/target/tahqiq-cli.jar 20000 5
#
# Build this one first (mvn -q package -DskipTests: the jar and its CDS archive). Without the
# corpus it says so and exits 0, like the other corpus tools. Needs GNU time (/usr/bin/time).
set -eu

if [ $# -lt 2 ]; then
  echo "usage: $0 CORPUS OTHER_CLI_JAR [ARTICLES] [ROUNDS]" >&2
  exit 2
fi
corpus=$1
other=$2
articles=${3:-20000}
rounds=${4:-5}
if [ ! -f "$corpus" ]; then
  echo "cold-dedup: corpus $corpus not found; skipped"
  exit 0
fi
here=$(cd "$(dirname "$0")/.." && pwd)
for f in "$other" "$here/target/tahqiq-cli.jar" /usr/bin/time; do
  if [ ! -e "$f" ]; then
    echo "cold-dedup: $f not found" >&2
    exit 2
  fi
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
input="$work/input.jsonl"
case "$corpus" in
  *.gz) gzip -dc "$corpus" | head -n "$articles" > "$input" ;;
  *) head -n "$articles" "$corpus" > "$input" ;;
esac

# One timed run: appends "wall user" to the file $1, the command's stdout to $2.
timed() {
  log=$1
  out=$2
  shift 2
  /usr/bin/time -o "$work/t" -f "%e %U" "$@" > "$out" 2> /dev/null
  cat "$work/t" >> "$log"
}

round=1
while [ "$round" -le "$rounds" ]; do
  timed "$work/other.times" "$work/other.out" java -jar "$other" dedup --threshold 0.8 -i "$input"
  timed "$work/this.times" "$work/this.$round.out" "$here/bin/tahqiq" dedup --threshold 0.8 --no-progress -i "$input"
  if ! cmp -s "$work/this.1.out" "$work/this.$round.out"; then
    echo "cold-dedup: round $round printed other groups than round 1" >&2
    exit 1
  fi
  echo "round $round: other $(sed -n "${round}p" "$work/other.times"), this $(sed -n "${round}p" "$work/this.times") (wall s, user s)"
  round=$((round + 1))
done

median() {
  sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
other_wall=$(cut -d' ' -f1 "$work/other.times" | median)
this_wall=$(cut -d' ' -f1 "$work/this.times" | median)
other_user=$(cut -d' ' -f2 "$work/other.times" | median)
this_user=$(cut -d' ' -f2 "$work/this.times" | median)
echo "$articles articles, $rounds rounds, medians: other $other_wall s wall ($other_user s user)," \
  "this build $this_wall s wall ($this_user s user): $(awk -v a="$other_wall" -v b="$this_wall" 'BEGIN { printf "%.2f", a / b }')x"
