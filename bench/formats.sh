#!/usr/bin/env bash
# Benchmarks census's formats on a synthetic census of 1,000,000 action rows, side by side with pandas/openpyxl and
# the decompression floor, and prints a table with ratios and peak memory, the JVM, the machine and its load, then
# the deflate settings (bench/DeflateLevels.java) and the cold start (bench/startup.sh). Not a test: it takes several
# minutes.
#
#   bench/formats.sh [WORKDIR]
#
# Needs: a built census.jar (./mvnw -B -q -DskipTests package from the root), /usr/bin/time, unzip, and for the
# comparisons Debian's python3-pandas and python3-openpyxl:
#   apt-get update && apt-get install -y python3-pandas python3-openpyxl
# census runs through the ./census launcher (the parallel collector) with -Xmx$HEAP; the import is also timed as
# plain `java -jar` (the JVM's default collector, G1). Each census command runs RUNS times and the median is shown.
# Environment: PARTNERSHIPS (default 100000) x ACTIONS (default 10) action rows; HEAP (default 128m) for census;
# RUNS (default 3); OPENPYXL_ROWS (default 200000) rows for openpyxl's write, scaled to the full count in the ratio;
# CENSUS to run another census command.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${1:-$(mktemp -d)}"
mkdir -p "$WORK"
PARTNERSHIPS="${PARTNERSHIPS:-100000}"
ACTIONS="${ACTIONS:-10}"
HEAP="${HEAP:-128m}"
OPENPYXL_ROWS="${OPENPYXL_ROWS:-200000}"
RUNS="${RUNS:-3}"
PYTHON="${PYTHON:-/usr/bin/python3}"
export JAVA_OPTS="-Xmx$HEAP ${JAVA_OPTS:-}"
CENSUS="${CENSUS:-$ROOT/census}"
PLAIN_JAVA="java -Xmx$HEAP -jar $ROOT/census-examples/target/census.jar"
ROWS=$((PARTNERSHIPS * ACTIONS))

# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"

# The machine and JVM the figures come from: on another machine, or the same one busier, they differ, and the
# ratios to the floor (unzip) and to the peers measured in the same run differ much less.
echo "java: $(java -version 2>&1 | head -2 | tail -1)"
echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
echo "load average at start: $LOAD_START"
echo "Synthetic census: $PARTNERSHIPS partnerships x $ACTIONS actions = $ROWS action rows; census under -Xmx$HEAP"
echo "Work directory: $WORK"
# shellcheck disable=SC2086
measure $CENSUS generate --partnerships "$PARTNERSHIPS" --actions-per-partnership "$ACTIONS" --seed 7 -o "$WORK/big.xlsx"
GEN_S=$SECONDS_TAKEN; GEN_MB=$PEAK_MB; GEN_SPREAD=$SPREAD

# The actions sheet: the one whose rows are counted.
SHEET=$(unzip -l "$WORK/big.xlsx" | awk '/xl\/worksheets\/sheet/ {print $1, $4}' | sort -rn | head -1 | cut -d' ' -f2)
measure sh -c "unzip -p '$WORK/big.xlsx' '$SHEET' > /dev/null"
UNZIP_S=$SECONDS_TAKEN; UNZIP_MB=$PEAK_MB; UNZIP_SPREAD=$SPREAD

# shellcheck disable=SC2086
measure $CENSUS convert "$WORK/big.xlsx" "$WORK/big.json" --include-contacts
IMPORT_S=$SECONDS_TAKEN; IMPORT_MB=$PEAK_MB; IMPORT_SPREAD=$SPREAD

# shellcheck disable=SC2086
measure $PLAIN_JAVA convert "$WORK/big.xlsx" "$WORK/big-g1.json" --include-contacts
PLAIN_S=$SECONDS_TAKEN; PLAIN_MB=$PEAK_MB; PLAIN_SPREAD=$SPREAD

# shellcheck disable=SC2086
measure $CENSUS convert "$WORK/big.json" "$WORK/big2.xlsx" --include-contacts
EXPORT_S=$SECONDS_TAKEN; EXPORT_MB=$PEAK_MB; EXPORT_SPREAD=$SPREAD

# JSON: read alone (the streamed overview reads every record and keeps a few counters), write alone (generating
# the census, on its own thread, outpaces writing it), and both at once (a JSON to JSON conversion).
JSON_BYTES=$(stat -c %s "$WORK/big.json")
# shellcheck disable=SC2086
measure $CENSUS overview "$WORK/big.json"
JREAD_S=$SECONDS_TAKEN; JREAD_MB=$PEAK_MB; JREAD_SPREAD=$SPREAD
# shellcheck disable=SC2086
measure $CENSUS generate --partnerships "$PARTNERSHIPS" --actions-per-partnership "$ACTIONS" --seed 7 \
    -o "$WORK/gen.json"
JWRITE_S=$SECONDS_TAKEN; JWRITE_MB=$PEAK_MB; JWRITE_SPREAD=$SPREAD
JWRITE_BYTES=$(stat -c %s "$WORK/gen.json")
# shellcheck disable=SC2086
measure $CENSUS convert "$WORK/big.json" "$WORK/big3.json" --include-contacts
JSON_S=$SECONDS_TAKEN; JSON_MB=$PEAK_MB; JSON_SPREAD=$SPREAD

# The library's JSON reader and writer timed apart on one thread (each call timed, so neither waits for the other).
JT_READ=(); JT_WRITE=(); JT_MB=0
for _ in $(seq "$RUNS"); do
  measure_once java -Xmx"$HEAP" -XX:+UseParallelGC -cp "$ROOT/census-examples/target/census.jar" \
      "$ROOT/bench/JsonThroughput.java" "$WORK/big.json" "$WORK/jt.json"
  JT_READ+=("$(awk '/^read/ {print $(NF-1)}' "$WORK/out.log")")
  JT_WRITE+=("$(awk '/^write/ {print $(NF-1)}' "$WORK/out.log")")
  [ "$PEAK_MB" -gt "$JT_MB" ] && JT_MB=$PEAK_MB
done
median() { printf '%s\n' "$@" | sort -n | awk '{t[NR]=$1} END {print t[int((NR+1)/2)] " (" t[1] "-" t[NR] ")"}'; }
JT_READ_MED=$(median "${JT_READ[@]}"); JT_WRITE_MED=$(median "${JT_WRITE[@]}")

# shellcheck disable=SC2086
measure $CENSUS overview "$WORK/big.xlsx" --by region
OVERVIEW_S=$SECONDS_TAKEN; OVERVIEW_MB=$PEAK_MB; OVERVIEW_SPREAD=$SPREAD

HAVE_PANDAS=yes
"$PYTHON" -c "import pandas, openpyxl" 2>/dev/null || HAVE_PANDAS=no
if [ "$HAVE_PANDAS" = yes ]; then
  SHEET_NAME=Actions
  measure_once "$PYTHON" -c "import pandas; df = pandas.read_excel('$WORK/big.xlsx', sheet_name='$SHEET_NAME', engine='openpyxl'); print(len(df))"
  PANDAS_S=$SECONDS_TAKEN; PANDAS_MB=$PEAK_MB
  measure_once "$PYTHON" - "$WORK/openpyxl.xlsx" "$OPENPYXL_ROWS" <<'PY'
import sys, datetime
from openpyxl import Workbook
wb = Workbook(write_only=True)
ws = wb.create_sheet("Actions")
ws.append(["Partenariat", "N°", "Domaine", "Catégorie", "Domaine de la ligne au-dessus", "Description", "Période",
           "Début", "Fin", "Budget", "Budget min (€)", "Budget max (€)", "Note"])
for i in range(int(sys.argv[2])):
    ws.append([f"p{i // 10 + 1}", str(i % 10 + 1), "Santé", "Santé", None,
               "Construction d'un centre de santé à Kita", "Avril à juin 2012", datetime.date(2012, 4, 1),
               datetime.date(2012, 6, 30), "Entre 1500 et 3000 €", 1500, 3000, ""])
wb.save(sys.argv[1])
PY
  OPENPYXL_S=$SECONDS_TAKEN; OPENPYXL_MB=$PEAK_MB
  OPENPYXL_FULL=$(python3 -c "print(f'{$OPENPYXL_S * $ROWS / $OPENPYXL_ROWS:.1f}')")
fi

echo
echo "load average at start: $LOAD_START, at end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "census: $CENSUS with JAVA_OPTS=$JAVA_OPTS; median of $RUNS runs (min-max in brackets)"
printf '%-56s %11s %11s  %s\n' "what" "time" "peak RSS" "ratio / rate"
row "census generate ($ROWS rows, xlsx) [$GEN_SPREAD]" "$GEN_S" "$GEN_MB" ""
row "unzip -p of the actions sheet (floor) [$UNZIP_SPREAD]" "$UNZIP_S" "$UNZIP_MB" ""
row "census convert big.xlsx big.json (import) [$IMPORT_SPREAD]" "$IMPORT_S" "$IMPORT_MB" \
    "$(ratio "$IMPORT_S" "$UNZIP_S") x the floor"
row "  the same with plain java -jar (G1) [$PLAIN_SPREAD]" "$PLAIN_S" "$PLAIN_MB" \
    "$(ratio "$PLAIN_S" "$UNZIP_S") x the floor"
if [ "$HAVE_PANDAS" = yes ]; then
  row "pandas.read_excel, openpyxl engine (actions sheet)" "$PANDAS_S" "$PANDAS_MB" \
      "census import $(ratio "$PANDAS_S" "$IMPORT_S") x faster; $(ratio "$PANDAS_S" "$UNZIP_S") x the floor"
fi
row "census convert big.json big2.xlsx (export) [$EXPORT_SPREAD]" "$EXPORT_S" "$EXPORT_MB" \
    "$(ratio "$EXPORT_S" "$UNZIP_S") x the floor"
if [ "$HAVE_PANDAS" = yes ]; then
  row "openpyxl write-only, $OPENPYXL_ROWS rows (x$((ROWS / OPENPYXL_ROWS)) = $OPENPYXL_FULL s)" "$OPENPYXL_S" \
      "$OPENPYXL_MB" "census export $(ratio "$OPENPYXL_FULL" "$EXPORT_S") x faster; $(ratio "$OPENPYXL_FULL" "$UNZIP_S") x the floor"
fi
row "census overview big.json (JSON read) [$JREAD_SPREAD]" "$JREAD_S" "$JREAD_MB" \
    "$(mbps "$JSON_BYTES" "$JREAD_S") read, $((JSON_BYTES / 1000000)) MB"
row "census generate -o gen.json (JSON write) [$JWRITE_SPREAD]" "$JWRITE_S" "$JWRITE_MB" \
    "$(mbps "$JWRITE_BYTES" "$JWRITE_S") written"
row "census convert big.json big3.json (both) [$JSON_SPREAD]" "$JSON_S" "$JSON_MB" \
    "$(mbps "$JSON_BYTES" "$JSON_S") each way"
row "JSON reader alone, one thread (bench/JsonThroughput.java)" "-" "$JT_MB" "$JT_READ_MED MB/s read"
row "JSON writer alone, one thread (same run)" "-" "-" "$JT_WRITE_MED MB/s written"
row "census overview big.xlsx --by region [$OVERVIEW_SPREAD]" "$OVERVIEW_S" "$OVERVIEW_MB" \
    "streamed; $(ratio "$OVERVIEW_S" "$UNZIP_S") x the floor"
# The deflate settings of the workbook writer, on this run's actions sheet (time and size per level and strategy).
echo
java -cp "$ROOT/census-examples/target/census.jar" "$ROOT/bench/DeflateLevels.java" "$WORK/big2.xlsx" "$RUNS"
# The cold start of the small commands (bench/startup.sh: each JVM means the launcher uses, one at a time).
echo
RUNS=$((RUNS * 3)) "$ROOT/bench/startup.sh" "$WORK/startup"
[ "$HAVE_PANDAS" = yes ] || echo "(pandas/openpyxl not installed: apt-get install -y python3-pandas python3-openpyxl)"
