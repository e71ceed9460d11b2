#!/usr/bin/env bash
# What the generator costs a consumer's build: the same console project built twice over, once referencing the
# generator package (the canonical spec as AdditionalFiles) and once with the generated code checked in instead
# (no generator, no analyzers). Each round builds both, alternating which goes first, two ways:
#   no-op   `dotnet build --no-restore` with nothing changed
#   edit    one unrelated C# file edited (a comment), then `dotnet build --no-restore`
# and prints each time, then the medians and the ratios (generator / checked in). Usage:
#   bash bench/build-speed.sh [rounds]        (default 5; the generator is packed from this checkout first)
#   FBC_COMPILER_SERVER=true bash bench/build-speed.sh [rounds]
# Which compiler runs matters more than anything the generator does: with UseSharedCompilation=false (this workplace
# sets it in the environment, and so may a CI) every compile is a new csc process that loads and JIT-compiles the
# generator and its libraries again; with the compiler server (VBCSCompiler, the SDK's default) they stay loaded and
# compiled between builds. The script says which one it measured; FBC_COMPILER_SERVER=true|false chooses (it passes
# -p:UseSharedCompilation to every build; the server it starts is shut down at the end with `dotnet build-server`).
# The consumers live in a temporary folder with a package folder of their own (a repack keeps the version number).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
rounds=${1:-5}
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
server=${FBC_COMPILER_SERVER:-${UseSharedCompilation:-true}}
server=$(tr '[:upper:]' '[:lower:]' <<<"$server")
build_args=(-p:UseSharedCompilation="$server")
if [[ $server == true ]]; then
  compiler="the compiler server (VBCSCompiler), kept between builds"
  trap 'dotnet build-server shutdown --vbcscompiler >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
else
  compiler="a new csc process per compile (UseSharedCompilation=false)"
fi
version=$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' Directory.Build.props)

echo "== compiler: $compiler"
echo "== packing the generator ($version)"
dotnet pack generator/Formbricks.Contracts.Generator -c Release -o "$work/feed" -v q -nologo >/dev/null

cat >"$work/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="local" value="$work/feed" />
  </packageSources>
</configuration>
EOF

# The consumer's own code: a call to the generated client and an unrelated class, the one the "edit" rounds change.
write_sources() {
  mkdir -p "$1"
  cat >"$1/Program.cs" <<'EOF'
using Consumer.Formbricks;

using var http = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:1/api/") };
var client = new FormbricksClient(http, new FormbricksClientOptions { ApiKey = Environment.GetEnvironmentVariable("FORMBRICKS_API_KEY") });
Console.WriteLine(client.BaseAddress + " " + Unrelated.Answer());
EOF
  cat >"$1/Unrelated.cs" <<'EOF'
internal static class Unrelated
{
    public static int Answer() => 42;
}
EOF
}

# The same project file twice; only the generator's consumer gets the package and the spec.
write_project() {
  cat >"$1/Consumer.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
    <RestorePackagesPath>$work/packages</RestorePackagesPath>
  </PropertyGroup>
  <ItemGroup>$2
  </ItemGroup>
</Project>
EOF
}

write_sources "$work/generator"
write_project "$work/generator" "
    <PackageReference Include=\"Formbricks.Contracts.Generator\" Version=\"$version\" PrivateAssets=\"all\" />
    <AdditionalFiles Include=\"$root/spec/formbricks.openapi.yml\" OpenApiClient=\"true\" Namespace=\"Consumer.Formbricks\" ClientName=\"FormbricksClient\" />"
write_sources "$work/checked-in"
write_project "$work/checked-in" ""

echo "== first builds (restore, and the generated code copied into the checked-in project)"
# Only this first build writes the generated files to disk (EmitCompilerGeneratedFiles): the timed builds do not.
(cd "$work/generator" && dotnet build --configfile "$work/nuget.config" -p:EmitCompilerGeneratedFiles=true "${build_args[@]}" -v q -nologo >/dev/null)
mkdir -p "$work/checked-in/Generated"
find "$work/generator/obj" -path '*generated*' -name '*.g.cs' -exec cp {} "$work/checked-in/Generated/" \;
echo "   $(find "$work/checked-in/Generated" -name '*.cs' | wc -l) generated files checked in"
(cd "$work/checked-in" && dotnet build "${build_args[@]}" -v q -nologo >/dev/null)

# One timed build, in seconds.
timed() {
  local start end
  start=$(date +%s.%N)
  (cd "$work/$1" && dotnet build --no-restore "${build_args[@]}" -v q -nologo >/dev/null)
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

declare -A times
edit=0
for round in $(seq 1 "$rounds"); do
  order=("generator" "checked-in")
  if ((round % 2 == 0)); then order=("checked-in" "generator"); fi
  for project in "${order[@]}"; do
    noop=$(timed "$project")
    edit=$((edit + 1))
    echo "// edit $edit" >>"$work/$project/Unrelated.cs"
    edited=$(timed "$project")
    times[$project-noop]+="$noop "
    times[$project-edit]+="$edited "
    printf 'round %d  %-10s  no-op %6.2f s  edit %6.2f s\n' "$round" "$project" "$noop" "$edited"
  done
done

median() { tr ' ' '\n' <<<"$1" | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
echo "== medians over $rounds rounds, $compiler (load: $(cut -d' ' -f1-3 /proc/loadavg))"
for kind in noop edit; do
  g=$(median "${times[generator-$kind]}")
  c=$(median "${times[checked-in-$kind]}")
  printf '%-6s generator %6.2f s   checked in %6.2f s   ratio %.2f\n' "$kind" "$g" "$c" "$(echo "$g / $c" | bc -l)"
done

# What the generator's consumer pays for in Csc: three more edit builds with the compiler's own timings. The figure of
# a generator includes the compiler's parse of the files it added (the checked-in project parses them too) and, for
# the first generator to ask, binding the references (GetTypeByMetadataName); in a new csc process also the JIT.
echo "== the compiler's generator and analyzer times in three edit builds of the generator's consumer ($compiler)"
for build in 1 2 3; do
  echo "// report $build" >>"$work/generator/Unrelated.cs"
  echo "-- edit build $build"
  (cd "$work/generator" && dotnet build --no-restore "${build_args[@]}" -nologo -v d -p:ReportAnalyzer=true) |
    grep -E "Total (analyzer|generator) execution time|^ *[0-9.<]+ +[0-9<]+ +.*Formbricks|Time Elapsed" | grep -v csc | sed 's/^ *//' | head -20
done
