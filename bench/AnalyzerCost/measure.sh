#!/usr/bin/env bash
# Measures what the Formbricks.Contracts analyzers add to the compile of a consumer of 200 client calls
# (bench/AnalyzerCost): rebuilds the project N times (default 3) with -p:ReportAnalyzer=true and prints, per run,
# the C# compile's wall time (Csc task) and the time each Formbricks analyzer took inside it, and the share.
# Usage: bash bench/AnalyzerCost/measure.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-3}"
project=bench/AnalyzerCost/AnalyzerCost.csproj
dotnet build "$project" -v q -nologo > /dev/null   # restore, and build the generator and analyzers once

for i in $(seq 1 "$runs"); do
  log=$(mktemp)
  # --no-incremental: the compile really runs; -v d: the Csc task's time and the ReportAnalyzer table are printed.
  dotnet build "$project" --no-incremental --no-dependencies -p:ReportAnalyzer=true -v d -nologo > "$log"
  csc=$(grep -E '^\s+[0-9]+ ms\s+Csc\s' "$log" | awk '{print $1}' | tail -1)
  analyzers=$(grep -E 'Formbricks\.Contracts\.Analyzers\.Rules\.[A-Za-z]+Analyzer' "$log" | grep -oE '^\s*<?[0-9.]+' | tr -d ' <' | paste -sd+ - | bc)
  generator=$(grep -E 'Formbricks\.Contracts\.Generator\.OpenApiClientGenerator' "$log" | grep -oE '^\s*<?[0-9.]+' | tr -d ' <' | head -1)
  echo "run $i: csc ${csc} ms; Formbricks analyzers ${analyzers:-0} s; generator ${generator:-?} s"
  grep -E 'Formbricks\.Contracts\.Analyzers\.Rules\.' "$log" | sed 's/^\s*/    /'
  rm -f "$log"
done
