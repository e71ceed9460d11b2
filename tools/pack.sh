#!/usr/bin/env bash
# Packs the NuGet packages built here, in Release, into artifacts/packages/ (gitignored):
#   Formbricks.Contracts.Generator  the source generator (a development dependency: analyzers/ + buildTransitive/)
#   Formbricks.Contracts.Fakes      the fake Formbricks server, free of any test framework (with a .snupkg)
#   Formbricks.Contracts.Fakes.Xunit  its xunit v3 class fixture (with a .snupkg)
#   Formbricks.Contracts.Fakes.WireMock  the fake's behaviour inside a WireMock.Net server (with a .snupkg)
#   Formbricks.Contracts.Conformance  HTTP answers checked against an OpenAPI document (ContractChecker)
#   Formbricks.Contracts.PersonalLinks  the formbricks-personal-links dotnet tool (samples/PersonalLinks)
#   Formbricks.Contracts.Tool       the formbricks-contracts dotnet tool (diff, checks, baseline accept, verify)
# The version is VersionPrefix in Directory.Build.props. Then
#   dotnet test tests/Formbricks.Contracts.Package.Tests
# builds a consumer from exactly these packages, and tests/Packages/*.Consumer (xunit v2, xunit v3, NUnit) take the
# fake one package at a time. Exits non-zero if anything fails.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

out="artifacts/packages"
projects=(
  generator/Formbricks.Contracts.Generator/Formbricks.Contracts.Generator.csproj
  fakes/Formbricks.Contracts.Fakes/Formbricks.Contracts.Fakes.csproj
  fakes/Formbricks.Contracts.Fakes.Xunit/Formbricks.Contracts.Fakes.Xunit.csproj
  fakes/Formbricks.Contracts.Fakes.WireMock/Formbricks.Contracts.Fakes.WireMock.csproj
  drift/Formbricks.Contracts.Conformance/Formbricks.Contracts.Conformance.csproj
  samples/PersonalLinks/PersonalLinks.csproj
  drift/Formbricks.Contracts.Tool/Formbricks.Contracts.Tool.csproj
)

# Packages left from an earlier pack (the version number is reused) must never pass for this pack's.
rm -rf "$out"
mkdir -p "$out"

for project in "${projects[@]}"; do
  echo "== dotnet pack $project"
  # ContinuousIntegrationBuild: deterministic /_/ paths in the PDBs, and SourceLink asks git for the repository and
  # commit (it warns when the clone has no GitHub remote: the packages then carry no source link).
  dotnet pack "$project" --configuration Release --output "$out" -p:ContinuousIntegrationBuild=true
done

version=$(dotnet msbuild "${projects[0]}" -getProperty:PackageVersion -p:Configuration=Release)
expected=(
  "$out/Formbricks.Contracts.Generator.$version.nupkg"
  "$out/Formbricks.Contracts.Fakes.$version.nupkg"
  "$out/Formbricks.Contracts.Fakes.$version.snupkg"
  "$out/Formbricks.Contracts.Fakes.Xunit.$version.nupkg"
  "$out/Formbricks.Contracts.Fakes.Xunit.$version.snupkg"
  "$out/Formbricks.Contracts.Fakes.WireMock.$version.nupkg"
  "$out/Formbricks.Contracts.Fakes.WireMock.$version.snupkg"
  "$out/Formbricks.Contracts.Conformance.$version.nupkg"
  "$out/Formbricks.Contracts.PersonalLinks.$version.nupkg"
  "$out/Formbricks.Contracts.Tool.$version.nupkg"
)
for file in "${expected[@]}"; do
  if [ ! -f "$file" ]; then
    echo "error: $file was not made." >&2
    exit 1
  fi
done

echo "== made in $out (version $version):"
for file in "${expected[@]}"; do
  printf '  %-50s %8s bytes\n' "$(basename "$file")" "$(stat -c %s "$file")"
done
