#!/usr/bin/env bash
# Runs `formbricks-contracts verify` against the standalone fake server with the canonical spec, read-only and then
# with --allow-writes; every check must pass (exit 0). Extra arguments go to both runs (e.g. --format junit).
#   bash tools/verify-fake.sh [--format text|json|junit]
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

dotnet build fakes/Formbricks.Contracts.Fakes.Host -c Release -v q -nologo
dotnet build drift/Formbricks.Contracts.Tool -c Release -v q -nologo

banner=$(mktemp)
dotnet fakes/Formbricks.Contracts.Fakes.Host/bin/Release/net10.0/Formbricks.Contracts.Fakes.Host.dll --port 0 >"$banner" 2>&1 &
host=$!
trap 'kill "$host" 2>/dev/null; wait "$host" 2>/dev/null; rm -f "$banner"' EXIT

for _ in $(seq 1 100); do
  grep -q '^API key:' "$banner" && break
  kill -0 "$host" 2>/dev/null || { cat "$banner" >&2; echo "error: the fake host exited" >&2; exit 1; }
  sleep 0.2
done
base_url=$(sed -n 's/^API base:[[:space:]]*//p' "$banner")
FORMBRICKS_API_KEY=$(sed -n 's/^API key:[[:space:]]*//p' "$banner")
export FORMBRICKS_API_KEY
[ -n "$base_url" ] && [ -n "$FORMBRICKS_API_KEY" ] || { cat "$banner" >&2; echo "error: no URL from the fake host" >&2; exit 1; }

tool=drift/Formbricks.Contracts.Tool/bin/Release/net10.0/formbricks-contracts.dll
echo "== verify (read-only) against $base_url"
dotnet "$tool" verify --spec spec/formbricks.openapi.yml --base-url "$base_url" --seed 1 "$@"
echo "== verify --allow-writes against $base_url"
dotnet "$tool" verify --spec spec/formbricks.openapi.yml --base-url "$base_url" --seed 1 --allow-writes "$@"
