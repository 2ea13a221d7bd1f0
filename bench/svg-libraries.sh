#!/usr/bin/env bash
# Compares the SVG generators census-charts could use (JFreeSVG, its earlier GPL one; Apache Batik, its current one)
# on the nine charts of the bundled census: render time (warm, median of ROUNDS), output and jar sizes, text kept as
# text, the embedded font subset, well-formed SVG, and Chromium's rendering against Java's PNG (if /usr/bin/chromium
# is installed). Not a test. Usage: bench/svg-libraries.sh [WORKDIR]   (ROUNDS=15 by default)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${1:-$(mktemp -d)}"
ROUNDS="${ROUNDS:-15}"
mkdir -p "$WORK"
# census-charts and its class path (the last module of the reactor writes the file last).
"$ROOT/mvnw" -q -B -f "$ROOT/pom.xml" package -DskipTests -pl census-charts -am dependency:build-classpath \
  -Dmdep.includeScope=runtime -Dmdep.outputFile="$WORK/charts-cp.txt" >/dev/null
"$ROOT/mvnw" -q -B -f "$ROOT/bench/svg-libraries/pom.xml" dependency:build-classpath \
  -Dmdep.outputFile="$WORK/bench-cp.txt" >/dev/null
# The test classes give the Chromium helper that census-charts' own test uses.
java -cp "$ROOT/census-charts/target/classes:$ROOT/census-charts/target/test-classes:$(cat "$WORK/charts-cp.txt"):$(cat "$WORK/bench-cp.txt")" \
  "$ROOT/bench/svg-libraries/SvgLibraries.java" "$WORK" "$ROUNDS"
