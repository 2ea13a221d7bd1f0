#!/usr/bin/env bash
# Measures the cold start of the small commands, `census --version` and `census overview` (the bundled census), with
# each of the JVM means the launcher uses added one at a time, so that the table says what each step gains; then
# where a cold `overview` spends its time, phase by phase (bench/StartupPhases.java). Not a test.
#
#   bench/startup.sh [WORKDIR]
#
# Needs a built census.jar and its archive (./mvnw -B -q -DskipTests package from the root), the JDK's javac and jar,
# and /usr/bin/time. The variants run interleaved, one run of each per round, so that a change in the machine's load
# falls on all of them alike; each row gives the median wall time of RUNS rounds (min-max) and the median CPU time
# (user + system, all threads), which a loaded machine inflates far less than the wall time. The load average is
# printed at the start and at the end: on a busy machine the absolute times say little, the ratios within one run
# more. The first two rows are the floor: the JVM running a trivial main from a small jar, and from a copy of
# census.jar (what opening a jar of 20,000 entries costs).
# Environment: RUNS (default 10); BASE_JAR, another census.jar (say the previous commit's) to add as a row, and
# BASE_ARCHIVE, its launcher's archive, to add it as the launcher ran it (its options and that archive).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${1:-$(mktemp -d)}"
mkdir -p "$WORK"
RUNS="${RUNS:-10}"
JAR="$ROOT/census-examples/target/census.jar"
BIN="${JAVA_HOME:+$JAVA_HOME/bin/}"
JAVA="${BIN}java"

ARCHIVE=$(CENSUS_ARCHIVE=path "$ROOT/census")
if [ ! -f "$ARCHIVE" ]; then
  echo "no archive $ARCHIVE: build with ./mvnw -B -q -DskipTests package, or run ./census once and wait" >&2
  exit 1
fi
CDS="-XX:SharedArchiveFile=$ARCHIVE -Xlog:cds=off,cds+dynamic=off"
FIXED="-XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0"
SHORT="-XX:+UseSerialGC -XX:TieredStopAtLevel=1"

# The floor: a trivial main, in a jar of its own and in a copy of census.jar.
mkdir -p "$WORK/trivial"
printf 'public class Trivial { public static void main(String[] a) { System.out.println("census"); } }\n' \
    > "$WORK/trivial/Trivial.java"
"${BIN}javac" -d "$WORK/trivial" "$WORK/trivial/Trivial.java"
(cd "$WORK/trivial" && "${BIN}jar" cf small.jar Trivial.class && cp "$JAR" big.jar \
    && "${BIN}jar" uf big.jar Trivial.class)

# Each step adds one thing to the one above it; the launcher's row should match the last step.
names=(); commands=()
variant() { names+=("$1"); commands+=("$2"); }
variant "JVM alone: trivial main, small jar" "$JAVA $SHORT -cp $WORK/trivial/small.jar Trivial"
variant "trivial main in census.jar's copy" "$JAVA $SHORT -cp $WORK/trivial/big.jar Trivial"
if [ -n "${BASE_JAR:-}" ]; then
  variant "java -jar BASE_JAR (before)" "$JAVA -jar $BASE_JAR"
  if [ -n "${BASE_ARCHIVE:-}" ]; then
    variant "BASE_JAR as its launcher ran it" \
        "$JAVA $SHORT -XX:SharedArchiveFile=$BASE_ARCHIVE -Xlog:cds=off,cds+dynamic=off $FIXED -jar $BASE_JAR"
  fi
fi
variant "java -jar census.jar" "$JAVA -jar $JAR"
variant "  + -XX:+UseSerialGC" "$JAVA -XX:+UseSerialGC -jar $JAR"
variant "  + -XX:TieredStopAtLevel=1" "$JAVA $SHORT -jar $JAR"
variant "  + the archive (CDS)" "$JAVA $SHORT $CDS -jar $JAR"
variant "  + ArchiveRelocationMode=0" "$JAVA $SHORT $CDS $FIXED -jar $JAR"
variant "./census (the launcher)" "$ROOT/census"

# One round: every variant once for ARGS; appends "variant-index wall cpu" lines to $WORK/times-ARGS.
round() {
  local args=$1 i
  for i in "${!commands[@]}"; do
    # shellcheck disable=SC2086
    /usr/bin/time -f "%e %U %S" -o "$WORK/time.log" ${commands[$i]} $args > "$WORK/out.log" 2>&1 \
        || { cat "$WORK/out.log" >&2; exit 1; }
    read -r wall user sys < "$WORK/time.log"
    echo "$i $wall $(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u + s}')" >> "$WORK/times-${args// /_}"
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
echo "load average after the steps: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "median of $RUNS interleaved rounds, wall time (min-max) and CPU time (user + system), seconds"
printf '%-36s %-20s %-20s %-20s %-20s\n' "variant" "--version wall" "--version CPU" "overview wall" \
    "overview CPU"
for i in "${!names[@]}"; do
  printf '%-36s %-20s %-20s %-20s %-20s\n' "${names[$i]}" "$(stats "$WORK/times---version" "$i" 2)" \
      "$(stats "$WORK/times---version" "$i" 3)" "$(stats "$WORK/times-overview" "$i" 2)" \
      "$(stats "$WORK/times-overview" "$i" 3)"
done

# The phases of a cold overview, run as the launcher runs the tool (its options, its archive).
mkdir -p "$WORK/phases"
"${BIN}javac" -nowarn -d "$WORK/phases" -cp "$JAR" "$ROOT/bench/StartupPhases.java"
rm -f "$WORK/phases.tsv"
for _ in $(seq "$RUNS"); do
  # shellcheck disable=SC2086
  "$JAVA" $SHORT $CDS $FIXED -cp "$JAR:$WORK/phases" org.census.cli.StartupPhases >> "$WORK/phases.tsv"
done
echo
echo "phases of a cold overview, median of $RUNS runs: wall ms, main thread's CPU ms"
awk -F'\t' '{n[$1]++; w[$1, n[$1]] = $2; c[$1, n[$1]] = $3; if (!($1 in seen)) {seen[$1]; order[++k] = $1}}
  END {
    for (j = 1; j <= k; j++) {
      p = order[j]; m = n[p];
      for (a = 1; a <= m; a++) {ws[a] = w[p, a] + 0; cs[a] = c[p, a] + 0}
      for (a = 1; a <= m; a++) for (b = a + 1; b <= m; b++) {
        if (ws[b] < ws[a]) {t = ws[a]; ws[a] = ws[b]; ws[b] = t}
        if (cs[b] < cs[a]) {t = cs[a]; cs[a] = cs[b]; cs[b] = t}
      }
      printf "%-44s %8.1f %8.1f\n", p, ws[int((m + 1) / 2)], cs[int((m + 1) / 2)]
    }
  }' "$WORK/phases.tsv"
echo "load average at end:   $(cut -d' ' -f1-3 /proc/loadavg)"
