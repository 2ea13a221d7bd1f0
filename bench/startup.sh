#!/usr/bin/env bash
# Measures the cold start of the small commands, `census --version` and `census overview` (the bundled census), with
# each of the JVM means the launcher uses added one at a time, so that the table says what each step gains. Not a
# test.
#
#   bench/startup.sh [WORKDIR]
#
# Needs a built census.jar and its archive (./mvnw -B -q -DskipTests package from the root) and /usr/bin/time.
# The variants run interleaved, one run of each per round, so that a change in the machine's load falls on all of
# them alike; each row gives the median wall time of RUNS rounds (min-max) and the median CPU time (user + system,
# all threads), which a loaded machine inflates far less than the wall time. The load average is printed at the
# start and at the end: on a busy machine the absolute times say little, the ratios within one run more.
# Environment: RUNS (default 10); BASE_JAR, another census.jar (say the previous commit's) to add as a first row.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${1:-$(mktemp -d)}"
mkdir -p "$WORK"
RUNS="${RUNS:-10}"
JAR="$ROOT/census-examples/target/census.jar"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

ARCHIVE=$(CENSUS_ARCHIVE=path "$ROOT/census")
if [ ! -f "$ARCHIVE" ]; then
  echo "no archive $ARCHIVE: build with ./mvnw -B -q -DskipTests package, or run ./census once and wait" >&2
  exit 1
fi
CDS="-XX:SharedArchiveFile=$ARCHIVE -Xlog:cds=off,cds+dynamic=off"
FIXED="-XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0"

# Each step adds one thing to the one above it; the launcher's row should match the last step.
names=(); commands=()
variant() { names+=("$1"); commands+=("$2"); }
if [ -n "${BASE_JAR:-}" ]; then
  variant "java -jar BASE_JAR (before)" "$JAVA -jar $BASE_JAR"
fi
variant "java -jar census.jar" "$JAVA -jar $JAR"
variant "  + -XX:+UseSerialGC" "$JAVA -XX:+UseSerialGC -jar $JAR"
variant "  + -XX:TieredStopAtLevel=1" "$JAVA -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar $JAR"
variant "  + the archive (CDS)" "$JAVA -XX:+UseSerialGC -XX:TieredStopAtLevel=1 $CDS -jar $JAR"
variant "  + ArchiveRelocationMode=0" "$JAVA -XX:+UseSerialGC -XX:TieredStopAtLevel=1 $CDS $FIXED -jar $JAR"
variant "./census (the launcher)" "$ROOT/census"

# One round: every variant once for ARGS; appends "variant-index wall cpu" lines to $WORK/times-ARGS.
round() {
  local args=$1 i
  for i in "${!commands[@]}"; do
    # shellcheck disable=SC2086
    /usr/bin/time -f "%e %U %S" -o "$WORK/time.log" ${commands[$i]} $args > "$WORK/out.log" 2>&1 \
        || { cat "$WORK/out.log" >&2; exit 1; }
    read -r wall user sys < "$WORK/time.log"
    echo "$i $wall $(python3 -c "print(f'{$user + $sys:.2f}')")" >> "$WORK/times-${args// /_}"
  done
}

stats() { # FILE INDEX COLUMN: "median (min-max)"
  awk -v i="$2" -v c="$3" '$1 == i {print $c}' "$1" | sort -n \
      | awk '{t[NR]=$1} END {print t[int((NR+1)/2)] " (" t[1] "-" t[NR] ")"}'
}

echo "java: $("$JAVA" -version 2>&1 | head -2 | tail -1)"
echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -f "$WORK"/times-*
for _ in $(seq "$RUNS"); do
  round "--version"
  round "overview"
done
echo "load average at end:   $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "median of $RUNS interleaved rounds, wall time (min-max) and CPU time (user + system)"
printf '%-30s %-22s %-22s %-22s %-22s\n' "variant" "--version wall" "--version CPU" "overview wall" \
    "overview CPU"
for i in "${!names[@]}"; do
  printf '%-30s %-22s %-22s %-22s %-22s\n' "${names[$i]}" "$(stats "$WORK/times---version" "$i" 2)" \
      "$(stats "$WORK/times---version" "$i" 3)" "$(stats "$WORK/times-overview" "$i" 2)" \
      "$(stats "$WORK/times-overview" "$i" 3)"
done
