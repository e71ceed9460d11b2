#!/usr/bin/env bash
# Prism side by side: starts Prism 5's mock server on 127.0.0.1 (loopback only) with the canonical spec, waits until it
# answers, runs the PrismComparisonBenchmarks suite (the same list call against the fake over Kestrel and against
# Prism), then stops Prism. Everything is bounded in time.
#
#   bench/run-prism-comparison.sh [extra BenchmarkDotNet arguments]
#
# Without this script the suite starts Prism itself (npx) in its global setup; with it, Prism runs once for the
# whole suite and the benchmark reads its address from FORMBRICKS_BENCH_PRISM_URL.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
port="${PRISM_PORT:-4010}"
log="$(mktemp -t prism.XXXXXX.log)"

echo "Starting Prism on 127.0.0.1:$port (log: $log)"
# setsid: Prism (timeout -> npx -> node) gets a process group of its own, stopped as a whole below.
setsid timeout 900 npx --yes @stoplight/prism-cli@5 mock -h 127.0.0.1 -p "$port" spec/formbricks.openapi.yml >"$log" 2>&1 &
prism_pid=$!
stop_prism() {
  # Only the process group started here (its id is the pid of setsid/timeout).
  kill -TERM -- "-$prism_pid" 2>/dev/null || true
  wait "$prism_pid" 2>/dev/null || true
}
trap stop_prism EXIT

# Prism serves the spec's paths at its root (no /api prefix from the server URL); without x-api-key it answers 401.
for _ in $(seq 1 360); do
  if curl -fsS -o /dev/null -H 'x-api-key: fbk_benchmark' "http://127.0.0.1:$port/v2/management/surveys?limit=50" 2>/dev/null; then
    ready=1
    break
  fi
  if ! kill -0 "$prism_pid" 2>/dev/null; then
    echo "Prism exited before answering:" >&2
    tail -n 20 "$log" >&2
    exit 1
  fi
  sleep 0.5
done
if [[ -z "${ready:-}" ]]; then
  echo "Prism did not answer within 180 s:" >&2
  tail -n 20 "$log" >&2
  exit 1
fi
echo "Prism is up: $(npx --yes @stoplight/prism-cli@5 --version 2>/dev/null | tail -n 1)"

FORMBRICKS_BENCH_PRISM_URL="http://127.0.0.1:$port/" timeout 1200 \
  dotnet run -c Release --project bench/Formbricks.Contracts.Benchmarks -- --filter '*PrismComparisonBenchmarks*' "$@"
