#!/usr/bin/env bash
# Benchmarks the table format (issue 11): a CSV of PARTNERSHIPS x ACTIONS action rows written by census, converted
# with --from table to census JSON under -Xmx$HEAP, side by side in the same run with pandas.read_csv and a groupby on
# the partnership columns; then the same rows in a foreign xlsx layout (bench/table/ForeignWorkbook.java) against
# pandas.read_excel (openpyxl). Not a test: it takes several minutes.
#
#   bench/table.sh [WORKDIR]
#
# Needs: a built census.jar (./mvnw -B -q -DskipTests package from the root), /usr/bin/time, and for the comparisons
# Debian's python3-pandas and python3-openpyxl (apt-get update && apt-get install -y python3-pandas python3-openpyxl).
# Environment: PARTNERSHIPS (default 100000) x ACTIONS (default 10); HEAP (default 128m); RUNS (default 3);
# EXCEL_ROWS (default 200000): rows pandas.read_excel reads, its time scaled to the full count in the ratio (openpyxl
# takes minutes per million rows).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${1:-$(mktemp -d)}"
mkdir -p "$WORK"
PARTNERSHIPS="${PARTNERSHIPS:-100000}"
ACTIONS="${ACTIONS:-10}"
HEAP="${HEAP:-128m}"
RUNS="${RUNS:-3}"
EXCEL_ROWS="${EXCEL_ROWS:-200000}"
PYTHON="${PYTHON:-/usr/bin/python3}"
export JAVA_OPTS="-Xmx$HEAP ${JAVA_OPTS:-}"
CENSUS="$ROOT/census"
JAR="$ROOT/census-examples/target/census.jar"
ROWS=$((PARTNERSHIPS * ACTIONS))
# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"

echo "Synthetic census: $PARTNERSHIPS partnerships x $ACTIONS actions = $ROWS action rows; census under -Xmx$HEAP"
echo "Work directory: $WORK"
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
# The inputs are made again only when the sizes or the layout changed (a WORKDIR given again reuses them).
STAMP="$PARTNERSHIPS $ACTIONS $EXCEL_ROWS $(sha1sum < "$ROOT/bench/table/ForeignWorkbook.java")"
if [ "$(cat "$WORK/inputs.stamp" 2>/dev/null)" != "$STAMP" ]; then
  rm -f "$WORK/inputs.stamp"
  "$CENSUS" generate --partnerships "$PARTNERSHIPS" --actions-per-partnership "$ACTIONS" --seed 7 -o "$WORK/big.json"
  "$CENSUS" convert "$WORK/big.json" "$WORK/big.csv"
  java -Xmx1g -cp "$JAR" "$ROOT/bench/table/ForeignWorkbook.java" "$WORK/big.csv" "$WORK/foreign.xlsx"
  java -Xmx1g -cp "$JAR" "$ROOT/bench/table/ForeignWorkbook.java" "$WORK/big.csv" "$WORK/foreign-part.xlsx" \
      "$EXCEL_ROWS"
  echo "$STAMP" > "$WORK/inputs.stamp"
fi
CSV_BYTES=$(stat -c %s "$WORK/big.csv")
XLSX_BYTES=$(stat -c %s "$WORK/foreign.xlsx")

measure "$CENSUS" convert "$WORK/big.csv" "$WORK/from-csv.json" --from table
CSV_S=$SECONDS_TAKEN; CSV_MB=$PEAK_MB; CSV_SPREAD=$SPREAD
# The partnerships the last conversion wrote, as it says (the synthetic census has $PARTNERSHIPS): all back whole?
partnerships() { grep -o '[0-9,]* partnerships' "$WORK/out.log" | tail -1 | cut -d' ' -f1; }
PARTS=$(partnerships)

measure "$CENSUS" convert "$WORK/foreign.xlsx" "$WORK/from-xlsx.json" --from table
XLSX_S=$SECONDS_TAKEN; XLSX_MB=$PEAK_MB; XLSX_SPREAD=$SPREAD
XLSX_PARTS=$(partnerships)

HAVE_PANDAS=yes
"$PYTHON" -c "import pandas, openpyxl" 2>/dev/null || HAVE_PANDAS=no
if [ "$HAVE_PANDAS" = yes ]; then
  measure "$PYTHON" -c "
import pandas
df = pandas.read_csv('$WORK/big.csv', dtype=str, keep_default_na=False)
g = df.groupby(['Partenariat', 'Parties françaises', 'Parties du pays partenaire'], sort=False)
print(g.ngroups, len(df))"
  PANDAS_CSV_S=$SECONDS_TAKEN; PANDAS_CSV_MB=$PEAK_MB; PANDAS_CSV_SPREAD=$SPREAD
  measure_once "$PYTHON" -c "
import pandas
df = pandas.read_excel('$WORK/foreign-part.xlsx', header=3, engine='openpyxl')
g = df.groupby(['Référence', 'Collectivité française', 'Collectivité partenaire'], sort=False)
print(g.ngroups, len(df))"
  PANDAS_XLSX_S=$SECONDS_TAKEN; PANDAS_XLSX_MB=$PEAK_MB
  PANDAS_XLSX_FULL=$(python3 -c "print(f'{$PANDAS_XLSX_S * $ROWS / $EXCEL_ROWS:.1f}')")
fi

echo
echo "census: $CENSUS with JAVA_OPTS=$JAVA_OPTS; median of $RUNS runs (min-max in brackets)"
echo "machine: $(nproc) cores; load average (1, 5, 15 min) $LOAD_START at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end"
printf '%-60s %11s %11s  %s\n' "what" "time" "peak RSS" "ratio / rate"
row "census convert big.csv --from table ($PARTS partnerships) [$CSV_SPREAD]" "$CSV_S" "$CSV_MB" \
    "$(mbps "$CSV_BYTES" "$CSV_S"), $((CSV_BYTES / 1000000)) MB"
if [ "$HAVE_PANDAS" = yes ]; then
  row "pandas.read_csv + groupby (C parser, no text parsed) [$PANDAS_CSV_SPREAD]" "$PANDAS_CSV_S" \
      "$PANDAS_CSV_MB" "census takes $(ratio "$CSV_S" "$PANDAS_CSV_S") x pandas' time (target <= 2)"
fi
row "census convert foreign.xlsx --from table ($XLSX_PARTS partnerships) [$XLSX_SPREAD]" "$XLSX_S" "$XLSX_MB" \
    "$(mbps "$XLSX_BYTES" "$XLSX_S") of xlsx, $((XLSX_BYTES / 1000000)) MB"
if [ "$HAVE_PANDAS" = yes ]; then
  row "pandas.read_excel (openpyxl), $EXCEL_ROWS rows (x$((ROWS / EXCEL_ROWS)) = $PANDAS_XLSX_FULL s)" \
      "$PANDAS_XLSX_S" "$PANDAS_XLSX_MB" "census $(ratio "$PANDAS_XLSX_FULL" "$XLSX_S") x faster (target >= 15)"
fi
[ "$HAVE_PANDAS" = yes ] || echo "(pandas/openpyxl not installed: apt-get install -y python3-pandas python3-openpyxl)"
