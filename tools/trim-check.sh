#!/usr/bin/env bash
# Proves the generated client is trim-safe: publishes samples/TrimmedClient self-contained with the IL trimmer (all
# trim warnings shown and treated as errors), then runs the trimmed binary against the standalone fake server.
set -euo pipefail
cd "$(dirname "$0")/.."

out=artifacts/trimmed
rid=linux-x64
rm -rf "$out"
echo "trim-check: publishing samples/TrimmedClient trimmed ($rid)"
publish_log=$(mktemp)
if ! dotnet publish samples/TrimmedClient -c Release -r "$rid" -o "$out" >"$publish_log" 2>&1; then
  cat "$publish_log" >&2
  echo "trim-check: the trimmed publish failed" >&2
  exit 1
fi
if grep -E "warning IL[0-9]+" "$publish_log"; then
  echo "trim-check: the trimmer reported warnings (above)" >&2
  exit 1
fi
rm -f "$publish_log"

echo "trim-check: starting the fake server"
dotnet build fakes/Formbricks.Contracts.Fakes.Host -c Release -v quiet -nologo >/dev/null
host_log=$(mktemp)
# The built host itself, not `dotnet run`: then $host_pid is the server, and the trap below really stops it.
dotnet fakes/Formbricks.Contracts.Fakes.Host/bin/Release/net10.0/Formbricks.Contracts.Fakes.Host.dll --port 0 --seed 42 >"$host_log" 2>&1 &
host_pid=$!
trap 'kill "$host_pid" 2>/dev/null || true; rm -f "$host_log"' EXIT

for _ in $(seq 1 120); do
  grep -q "^API key:" "$host_log" 2>/dev/null && grep -q "^SegmentsBySize" "$host_log" && break
  if ! kill -0 "$host_pid" 2>/dev/null; then cat "$host_log" >&2; echo "trim-check: the fake server stopped" >&2; exit 1; fi
  sleep 0.5
done

base=$(sed -n 's/^API base:[[:space:]]*//p' "$host_log")
key=$(sed -n 's/^API key:[[:space:]]*//p' "$host_log")
survey=$(sed -n 's/^LinkSurveyId[[:space:]]*//p' "$host_log")
segment=$(sed -n 's/^SegmentsBySize.*10 contacts: \([0-9a-z]*\).*/\1/p' "$host_log")
if [ -z "$base" ] || [ -z "$key" ] || [ -z "$survey" ] || [ -z "$segment" ]; then
  cat "$host_log" >&2
  echo "trim-check: could not read the fake server's address, key and ids" >&2
  exit 1
fi

echo "trim-check: running the trimmed client against $base"
"$out/TrimmedClient" "$base" "$key" "$survey" "$segment"
