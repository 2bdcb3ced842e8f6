#!/usr/bin/env bash
# Writes the JSON and SARIF reports of the fixtures, the sample shop and (with --corpora) the bench
# corpora into DIR, so that a restructuring can be checked to leave every report byte-identical:
#   bench/snapshot.sh /tmp/before; <change>; mvn -B -q install -DskipTests; bench/snapshot.sh /tmp/after
#   diff -r /tmp/before /tmp/after
# DATAWARDEN_CLI=path/to/datawarden-cli.jar runs another build (an earlier commit's) on the same inputs.
# Needs the CLI jar first (mvn -B -q package -DskipTests -pl annotations,test-fixtures,analyzer); --corpora needs
# bench/run.sh to have fetched the corpora once (commons-lang3 and guava at least; mall, benchmark-java and litemall when fetched).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out=${1:?usage: bench/snapshot.sh DIR [--corpora]}
mkdir -p "$out"
out=$(cd "$out" && pwd)
cli=${DATAWARDEN_CLI:-$root/analyzer/target/datawarden-cli.jar}  # another build's CLI to compare with
[ -f "$cli" ] || { echo "snapshot: build first: mvn -B -q package -DskipTests -pl annotations,test-fixtures,analyzer" >&2; exit 2; }
cp "$cli" "$out/.cli.jar"
run() { # name, then CLI arguments; the reports are written relative to the repository root
  local name=$1; shift
  (cd "$root" && java -jar "$out/.cli.jar" --fail-on BLOCKER --json "$out/$name.json" --sarif "$out/$name.sarif" "$@" \
    > "$out/$name.console" 2> "$out/$name.err") || true
}

fixtures=test-fixtures
catalogs=()
for c in "$fixtures"/catalogs/*.yml; do catalogs+=(--catalog "$c"); done
run fixtures --classpath "$(cat $fixtures/target/fixture-classpath.txt)" "${catalogs[@]}" \
  --resources "$fixtures/src/main/resources" "$fixtures/src/main/java"
run fixtures-nocp "${catalogs[@]}" "$fixtures/src/main/java"

shop=$fixtures/sample-shop
[ -f "$out/.shop-cp" ] || mvn -q -B -f "$shop/pom.xml" dependency:build-classpath -Dstyle.color=never \
  -Dmdep.outputFile="$out/.shop-cp" >/dev/null
run sample-shop --classpath "$(cat "$out/.shop-cp")" --catalog "$shop/datawarden.yml" "$shop/src/main/java"

if [ "${2:-}" = "--corpora" ]; then
  # every corpus bench/run.sh has fetched (at least commons-lang3 and guava), with its class path and source roots
  for n in commons-lang3 guava mall benchmark-java litemall; do
    dir=bench/target/$n
    if [ ! -f "$dir/roots.txt" ]; then
      case $n in commons-lang3 | guava) echo "snapshot: run bench/run.sh $n once first" >&2; exit 2 ;; esac
      echo "snapshot: $n left out (bench/run.sh $n fetches it)" >&2
      continue
    fi
    mapfile -t roots < "$dir/roots.txt"
    catalog=()
    [ -f "bench/catalogs/$n.yml" ] && catalog=(--catalog "bench/catalogs/$n.yml") # litemall has none: inferred data only
    run "$n" --classpath "$(cat "$dir/classpath.txt")" "${catalog[@]}" "${roots[@]}"
  done
fi
rm -f "$out/.cli.jar"
wc -c "$out"/*.json | tail -n +1
