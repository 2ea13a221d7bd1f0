#!/usr/bin/env bash
# Compares the streaming xlsx libraries census could use, on one sheet of ROWS rows x 12 columns, in one JVM under
# HEAP: writing with fastexcel and POI SXSSF, reading with POI's event API, fastexcel-reader and
# excel-streaming-reader. Not a test. Usage: bench/xlsx-libraries.sh [WORKDIR]   (ROWS=200000 HEAP=128m by default)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${1:-$(mktemp -d)}"
ROWS="${ROWS:-200000}"
HEAP="${HEAP:-128m}"
"$ROOT/mvnw" -q -B -f "$ROOT/bench/xlsx-libraries/pom.xml" dependency:build-classpath \
  -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
java -Xmx"$HEAP" -cp "$(cat "$WORK/cp.txt")" "$ROOT/bench/xlsx-libraries/XlsxLibraries.java" "$ROWS" "$WORK" \
  2>&1 | grep -v -e "Log4j API could not find" -e "^SLF4J"
