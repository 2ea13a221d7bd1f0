#!/usr/bin/env bash
# Compares the CSV parsers the table format could use, in one JVM under HEAP: census's own reader (the csv
# SheetFormat: encoding and delimiter found, limits checked, the bytes spooled for a second reading), commons-csv and
# FastCSV, on a CSV of ROWS census-like action rows (semicolons, French texts, some quoted cells with line breaks);
# then what each does with a gigabyte of one line; then pandas' C parser (/usr/bin/python3) on the same file where it
# is installed. Not a test. Usage: bench/csv-readers.sh [WORKDIR]   (ROWS=1000000 HEAP=128m by default)
# Needs the census classes: ./mvnw -q -B -o package -DskipTests -pl census-io -am
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${1:-$(mktemp -d)}"
ROWS="${ROWS:-1000000}"
HEAP="${HEAP:-128m}"
"$ROOT/mvnw" -q -B -f "$ROOT/bench/csv-readers/pom.xml" dependency:build-classpath \
  -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
CP="$ROOT/census-io/target/classes:$ROOT/census-core/target/classes:$(cat "$WORK/cp.txt")"
java -Xmx"$HEAP" -cp "$CP" "$ROOT/bench/csv-readers/CsvReaders.java" "$ROWS" "$WORK"
if /usr/bin/python3 -c "import pandas" 2>/dev/null; then
  /usr/bin/python3 - "$WORK/actions.csv" <<'PY'
import sys, time, os, pandas
path = sys.argv[1]
best = None
for _ in range(3):
    t = time.perf_counter()
    frame = pandas.read_csv(path, sep=";", dtype=str, keep_default_na=False, encoding="utf-8")
    best = min(best or 1e9, time.perf_counter() - t)
size = os.path.getsize(path)
print(f"pandas {pandas.__version__} read_csv (C parser, dtype=str): {len(frame):,} rows in {best:.2f} s, "
      f"{size / 1e6 / best:.0f} MB/s")
PY
else
  echo "pandas: not installed (apt-get install python3-pandas)"
fi
