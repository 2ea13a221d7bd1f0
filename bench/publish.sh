#!/usr/bin/env bash
# Benchmarks census publish (issue 12): the edition of the bundled census in each installed edition format, cold (a
# fresh JVM per run: census publish) and warm (one JVM writing it RUNS times through the API,
# bench/publish/PublishLoop.java, median of the last half), against the targets (under 5 s cold, 2 s warm); then the
# edition of a generated census of $PARTNERSHIPS partnerships per format under -Xmx$HEAP, with its time and peak RSS.
# Formats not installed (docx, html and pdf are plugins of census-publication) are skipped with a line. Not a test.
#
#   bench/publish.sh [WORKDIR]
#
# Needs: a built census.jar (./mvnw -B -q -DskipTests package from the root) and /usr/bin/time.
# Environment: FORMATS (default "docx html pdf"); RUNS (default 5); PARTNERSHIPS (default 5000) x ACTIONS (default
# 5); HEAP (default 512m) for the generated census; CENSUS_JAR and CENSUS_COMMAND to measure another build.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${1:-$(mktemp -d)}"
mkdir -p "$WORK"
FORMATS="${FORMATS:-docx html pdf}"
RUNS="${RUNS:-5}"
PARTNERSHIPS="${PARTNERSHIPS:-5000}"
ACTIONS="${ACTIONS:-5}"
HEAP="${HEAP:-512m}"
CENSUS="${CENSUS_COMMAND:-$ROOT/census}"
JAR="${CENSUS_JAR:-$ROOT/census-examples/target/census.jar}"
LOOP="$ROOT/bench/publish/PublishLoop.java"
# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"

[ -f "$JAR" ] || { echo "publish.sh: $JAR is not built; run ./mvnw -B -q -DskipTests package" >&2; exit 2; }
echo "Work directory: $WORK"
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
INSTALLED=$(java -cp "$JAR" "$LOOP" --installed)
AVAILABLE=()
for f in $FORMATS; do
  if grep -qx "$f" <<< "$INSTALLED"; then
    AVAILABLE+=("$f")
  else
    echo "format $f: not installed, skipped (installed edition formats: $(echo "$INSTALLED" | paste -sd, - | sed 's/^$/none/'))"
  fi
done
if [ ${#AVAILABLE[@]} -eq 0 ]; then
  echo "no edition format to measure"
  exit 0
fi

BIG="$WORK/big-$PARTNERSHIPS.json"
[ -f "$BIG" ] || "$CENSUS" generate --partnerships "$PARTNERSHIPS" --actions-per-partnership "$ACTIONS" --seed 7 \
    -o "$BIG" > /dev/null

# Like measure_once, but a failed run is a result: BIG_NOTE says the size written or why it failed.
big_once() {
  local log="$WORK/time.log"
  if JAVA_OPTS="-Xmx$HEAP" /usr/bin/time -f "%e %M" -o "$log" "$@" > "$WORK/out.log" 2>&1; then
    BIG_NOTE="$(stat -c %s "$WORK/big-$f"/edition.*) bytes"
  else
    BIG_NOTE="FAILED: $(head -c 90 "$WORK/out.log" | tr '\n' ' ')..."
  fi
  read -r SECONDS_TAKEN PEAK_KB < <(tail -1 "$log")
  PEAK_MB=$((PEAK_KB / 1024))
}

RESULTS=()
for f in "${AVAILABLE[@]}"; do
  # One folder per format, so that the size read is of the file this format wrote (edition.EXTENSION).
  measure "$CENSUS" publish --format "$f" --out "$WORK/bundled-$f" --lang fr
  RESULTS+=("$(row "census publish --format $f (bundled, cold) [$SPREAD]" "$SECONDS_TAKEN" "$PEAK_MB" \
      "target < 5 s; $(stat -c %s "$WORK/bundled-$f"/edition.*) bytes")")
  WARM=$(java -XX:+UseParallelGC -cp "$JAR" "$LOOP" "$f" "$((RUNS * 2))")
  RESULTS+=("$(row "Editions.write $f (bundled, warm, one JVM)" "$WARM" "-" "target < 2 s")")
  # A format that cannot make this edition under the heap gets a row saying so, with the time and memory it took to
  # fail, instead of ending the benchmark.
  big_once "$CENSUS" publish "$BIG" --format "$f" --out "$WORK/big-$f"
  RESULTS+=("$(row "census publish --format $f ($PARTNERSHIPS partnerships, -Xmx$HEAP)" "$SECONDS_TAKEN" \
      "$PEAK_MB" "$BIG_NOTE")")
done

echo
echo "census: $CENSUS; cold: median of $RUNS runs (min-max in brackets); warm: median of the last $RUNS of $((RUNS * 2))"
echo "machine: $(nproc) cores; load average (1, 5, 15 min) $LOAD_START at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end"
printf '%-60s %11s %11s  %s\n' "what" "time" "peak RSS" "target / size"
printf '%s\n' "${RESULTS[@]}"
