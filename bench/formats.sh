#!/usr/bin/env bash
# Benchmarks census's formats on a synthetic census of 1,000,000 action rows, side by side with pandas/openpyxl and
# the decompression floor, and prints a table with ratios and peak memory. Not a test: it takes several minutes.
#
#   bench/formats.sh [WORKDIR]
#
# Needs: a built census.jar (./mvnw -B -q -DskipTests install from the root, or set CENSUS to any command that runs the
# census tool), /usr/bin/time, unzip, and for the comparisons Debian's python3-pandas and python3-openpyxl:
#   apt-get update && apt-get install -y python3-pandas python3-openpyxl
# Environment: PARTNERSHIPS (default 100000) x ACTIONS (default 10) action rows; HEAP (default 128m) for census;
# OPENPYXL_ROWS (default 200000) rows for openpyxl's write, scaled to the full count in the ratio.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${1:-$(mktemp -d)}"
mkdir -p "$WORK"
PARTNERSHIPS="${PARTNERSHIPS:-100000}"
ACTIONS="${ACTIONS:-10}"
HEAP="${HEAP:-128m}"
OPENPYXL_ROWS="${OPENPYXL_ROWS:-200000}"
PYTHON="${PYTHON:-/usr/bin/python3}"
CENSUS="${CENSUS:-java -Xmx$HEAP -jar $ROOT/census-examples/target/census.jar}"
ROWS=$((PARTNERSHIPS * ACTIONS))

# Runs a command under /usr/bin/time; sets SECONDS_TAKEN and PEAK_MB.
measure() {
  local log="$WORK/time.log"
  /usr/bin/time -f "%e %M" -o "$log" "$@" > "$WORK/out.log" 2>&1 || { cat "$WORK/out.log" >&2; exit 1; }
  read -r SECONDS_TAKEN PEAK_KB < "$log"
  PEAK_MB=$((PEAK_KB / 1024))
}

row() { printf '%-52s %9s s %8s MB  %s\n' "$1" "$2" "$3" "$4"; }
ratio() { python3 -c "print(f'{$1 / $2:.1f}')"; }
mbps() { python3 -c "print(f'{$1 / 1e6 / $2:.0f} MB/s')"; }

echo "Synthetic census: $PARTNERSHIPS partnerships x $ACTIONS actions = $ROWS action rows; census under -Xmx$HEAP"
echo "Work directory: $WORK"
# shellcheck disable=SC2086
measure $CENSUS generate --partnerships "$PARTNERSHIPS" --actions-per-partnership "$ACTIONS" --seed 7 -o "$WORK/big.xlsx"
GEN_S=$SECONDS_TAKEN; GEN_MB=$PEAK_MB

# The actions sheet: the one whose rows are counted.
SHEET=$(unzip -l "$WORK/big.xlsx" | awk '/xl\/worksheets\/sheet/ {print $1, $4}' | sort -rn | head -1 | cut -d' ' -f2)
measure sh -c "unzip -p '$WORK/big.xlsx' '$SHEET' > /dev/null"
UNZIP_S=$SECONDS_TAKEN; UNZIP_MB=$PEAK_MB

# shellcheck disable=SC2086
measure $CENSUS convert "$WORK/big.xlsx" "$WORK/big.json" --include-contacts
IMPORT_S=$SECONDS_TAKEN; IMPORT_MB=$PEAK_MB

# shellcheck disable=SC2086
measure $CENSUS convert "$WORK/big.json" "$WORK/big2.xlsx" --include-contacts
EXPORT_S=$SECONDS_TAKEN; EXPORT_MB=$PEAK_MB

# JSON alone: read it (to CSV of the partnerships: small output) and write it (from xlsx, measured above as the
# import; here from JSON to JSON, so both sides are JSON).
# shellcheck disable=SC2086
measure $CENSUS convert "$WORK/big.json" "$WORK/big3.json" --include-contacts
JSON_S=$SECONDS_TAKEN; JSON_MB=$PEAK_MB
JSON_BYTES=$(stat -c %s "$WORK/big.json")

HAVE_PANDAS=yes
"$PYTHON" -c "import pandas, openpyxl" 2>/dev/null || HAVE_PANDAS=no
if [ "$HAVE_PANDAS" = yes ]; then
  SHEET_NAME=Actions
  measure "$PYTHON" -c "import pandas; df = pandas.read_excel('$WORK/big.xlsx', sheet_name='$SHEET_NAME', engine='openpyxl'); print(len(df))"
  PANDAS_S=$SECONDS_TAKEN; PANDAS_MB=$PEAK_MB
  measure "$PYTHON" - "$WORK/openpyxl.xlsx" "$OPENPYXL_ROWS" <<'PY'
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
printf '%-52s %11s %11s  %s\n' "what" "time" "peak RSS" "ratio / rate"
row "census generate ($ROWS rows, xlsx)" "$GEN_S" "$GEN_MB" ""
row "unzip -p of the actions sheet (floor)" "$UNZIP_S" "$UNZIP_MB" ""
row "census convert big.xlsx big.json (import)" "$IMPORT_S" "$IMPORT_MB" "$(ratio "$IMPORT_S" "$UNZIP_S") x the floor"
if [ "$HAVE_PANDAS" = yes ]; then
  row "pandas.read_excel, openpyxl engine (actions sheet)" "$PANDAS_S" "$PANDAS_MB" \
      "census import $(ratio "$PANDAS_S" "$IMPORT_S") x faster"
fi
row "census convert big.json big2.xlsx (export)" "$EXPORT_S" "$EXPORT_MB" ""
if [ "$HAVE_PANDAS" = yes ]; then
  row "openpyxl write-only, $OPENPYXL_ROWS rows (x$((ROWS / OPENPYXL_ROWS)) = $OPENPYXL_FULL s)" "$OPENPYXL_S" \
      "$OPENPYXL_MB" "census export $(ratio "$OPENPYXL_FULL" "$EXPORT_S") x faster"
fi
row "census convert big.json big3.json (JSON read+write)" "$JSON_S" "$JSON_MB" \
    "$(mbps "$JSON_BYTES" "$JSON_S") each way, $((JSON_BYTES / 1000000)) MB"
[ "$HAVE_PANDAS" = yes ] || echo "(pandas/openpyxl not installed: apt-get install -y python3-pandas python3-openpyxl)"
