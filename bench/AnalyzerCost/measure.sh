#!/usr/bin/env bash
# Measures what the Formbricks.Contracts analyzers add to the compile of a consumer of 200 client calls
# (bench/AnalyzerCost): rebuilds the project N times (default 3) with -p:ReportAnalyzer=true and prints, per run,
# the C# compile's wall time (Csc task) and the time each Formbricks analyzer took inside it, and the share
# (a '<0.001 s' entry counts as 0.001 s).
# Usage: bash bench/AnalyzerCost/measure.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-3}"
project=bench/AnalyzerCost/AnalyzerCost.csproj
dotnet build "$project" -v q -nologo > /dev/null   # restore, and build the generator and analyzers once

for i in $(seq 1 "$runs"); do
  log=$(mktemp)
  # Touching a source makes the compile run again (a rebuild with --no-dependencies would lose the generator's own
  # dependencies, which reach the compiler through its project reference); -v d prints the ReportAnalyzer table and
  # PerformanceSummary the Csc task's time.
  touch bench/AnalyzerCost/Calls.cs
  dotnet build "$project" -p:ReportAnalyzer=true -v d -clp:PerformanceSummary -nologo > "$log"
  csc=$(grep -E '^\s+[0-9]+ ms\s+Csc\s' "$log" | awk '{print $1}' | tail -1)
  analyzers=$(grep -E 'Formbricks\.Contracts\.Analyzers\.Rules\.[A-Za-z]+Analyzer' "$log" | grep -oE '^\s*<?[0-9.]+' | tr -d ' <' | paste -sd+ - | bc)
  generator=$(grep -E 'Formbricks\.Contracts\.Generator\.OpenApiClientGenerator' "$log" | grep -oE '^\s*<?[0-9.]+' | tr -d ' <' | head -1)
  share=$(echo "scale=2; 100 * ${analyzers:-0} * 1000 / $csc" | bc)
  echo "run $i: csc ${csc} ms; Formbricks analyzers ${analyzers:-0} s (${share}% of the compile); generator ${generator:-?} s"
  grep -E 'Formbricks\.Contracts\.Analyzers\.Rules\.' "$log" | sed 's/^\s*/    /'
  rm -f "$log"
done
