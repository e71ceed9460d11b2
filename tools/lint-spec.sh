#!/usr/bin/env bash
# Lints the canonical OpenAPI contract (spec/formbricks.openapi.yml) with Redocly CLI.
#
# Usage: tools/lint-spec.sh [--with-swagger-cli]
#
# Runs from the repository root whatever the current directory is. Uses Redocly's built-in
# `recommended` ruleset unless spec/redocly.yaml exists (then that config is used; it must extend
# `recommended`). Exits non-zero when Redocly reports an error (warnings do not fail the run).
# --with-swagger-cli additionally validates the file with @apidevtools/swagger-cli as an
# independent second parser.
set -euo pipefail

readonly REDOCLY_CLI='@redocly/cli@2.77.0'
readonly SWAGGER_CLI='@apidevtools/swagger-cli@4.0.4'
readonly SPEC='spec/formbricks.openapi.yml'
readonly CONFIG='spec/redocly.yaml'

with_swagger_cli=false
for arg in "$@"; do
    case "$arg" in
        --with-swagger-cli) with_swagger_cli=true ;;
        -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
        *) echo "lint-spec: unknown argument: $arg" >&2; exit 2 ;;
    esac
done

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

if [[ ! -f "$SPEC" ]]; then
    echo "lint-spec: $SPEC not found under $repo_root" >&2
    exit 1
fi

# No telemetry or update checks: CI machines here have no internet beyond the npm registry.
export REDOCLY_TELEMETRY=off
export REDOCLY_SUPPRESS_UPDATE_NOTICE=true

redocly_args=(lint "$SPEC")
if [[ -f "$CONFIG" ]]; then
    redocly_args+=(--config "$CONFIG")
fi

echo "lint-spec: npx $REDOCLY_CLI ${redocly_args[*]}"
npx --yes "$REDOCLY_CLI" "${redocly_args[@]}"

if [[ "$with_swagger_cli" == true ]]; then
    echo "lint-spec: npx $SWAGGER_CLI validate $SPEC"
    npx --yes "$SWAGGER_CLI" validate "$SPEC"
fi
