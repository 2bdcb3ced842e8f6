#!/usr/bin/env bash
# Multi-module builds through the Maven plugin: a generated reactor (bench/SyntheticShop.java
# --reactor) of several sizes, its modules in a chain (each depends on the one before) and in a
# tree (module k on module k / 2), data flowing from each module into the one it depends on.
# For each shape and size it prints:
#   - `mvn clean compile` and `mvn clean compile datawarden:check` (a fresh analysis of every
#     module, -Ddatawarden.reuse=false), their wall times, the ratio and the difference (the cost of
#     the analyses), the peak RSS of Maven's JVM, and how many modules' sources the analyses modelled
#     in all (each module's own and its upstream modules', which it reads as context): the figure
#     that grows with the square of the chain's length while downstream modules re-model upstream
#     sources;
#   - a second build after one leaf module changed (a method added to one of its classes), with
#     reuse on: which modules were analysed again and how long the check took.
#
#   bench/reactor.sh [chain] [tree]            (both by default)
#   REACTOR_SIZES="5 10 20 30" REACTOR_LINES=1000 (lines of code per module)
#
# The plugin runs from the local repository, as in a user's build; install it first:
#   mvn -B -q install -DskipTests -Dinvoker.skip=true -pl .,annotations,test-fixtures,analyzer,maven-plugin
# The first build of a reactor resolves Spring, MyBatis and SLF4J from Maven Central; the measured
# builds then run offline. The reactors are written to bench/target/reactor-<shape>-<size>.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
plugin="dev.datawarden:datawarden-maven-plugin:$version"
if [ ! -d "$HOME/.m2/repository/dev/datawarden/datawarden-maven-plugin/$version" ]; then
  echo "reactor: install the plugin first:" \
      "mvn -B -q install -DskipTests -Dinvoker.skip=true -pl .,annotations,test-fixtures,analyzer,maven-plugin" >&2
  exit 2
fi
shapes=("$@")
[ ${#shapes[@]} -gt 0 ] || shapes=(chain tree)
sizes=${REACTOR_SIZES:-5 10 20 30}
lines=${REACTOR_LINES:-1000}
work="$root/bench/target"
mkdir -p "$work"

# timed LOG MVN-ARGS... -> "wall-ms rss-mb" of one Maven run (its output in LOG); fails with the log
timed() {
  local log=$1; shift
  local start end
  start=$(date +%s%3N)
  if ! /usr/bin/time -o "$log.time" -f '%M' mvn -B -o "$@" >"$log" 2>&1; then
    if ! grep -q 'finding(s) at or above' "$log"; then # a gate failing on findings still measures
      echo "reactor: mvn $* failed, see $log" >&2
      tail -30 "$log" >&2
      exit 1
    fi
  fi
  end=$(date +%s%3N)
  echo "$((end - start)) $(( $(tail -1 "$log.time") / 1024 ))"
}

# analysed LOG -> the modules the build in LOG analysed (not reused), one per line
analysed() {
  sed -n 's/.*DataWarden: analysing .*of \(m[0-9]*\) with.*/\1/p; s/.*DataWarden: analysing \(m[0-9]*\) with.*/\1/p' "$1"
}

# modelled LOG SHAPE -> how many modules' sources the analyses in LOG modelled in all
modelled() {
  local log=$1 shape=$2 total=0 m
  for m in $(analysed "$log"); do
    local k=$((10#${m#m})) depth=1
    while [ "$k" -gt 1 ]; do
      if [ "$shape" = chain ]; then k=$((k - 1)); else k=$((k / 2)); fi
      depth=$((depth + 1))
    done
    total=$((total + depth))
  done
  echo "$total"
}

printf '%-6s %7s %7s %9s %9s %6s %9s %6s %9s %9s   %s\n' shape modules lines compile '+check' ratio analyses rss \
    modelled 'leaf:check' 're-analysed after one leaf changed'
for shape in "${shapes[@]}"; do
  for n in $sizes; do
    dir="$work/reactor-$shape-$n"
    rm -rf "$dir"
    generated=$(java "$root/bench/SyntheticShop.java" --reactor "$dir" "$shape" "$n" "$lines" "$version")
    loc=$(echo "$generated" | sed -n 's/.*, \([0-9]*\) lines$/\1/p')
    (cd "$dir" && mvn -B -q compile >"$dir/resolve.log" 2>&1) || { echo "reactor: $dir does not compile" >&2;
      tail -30 "$dir/resolve.log" >&2; exit 1; }
    cd "$dir"
    read -r compile_ms compile_rss < <(timed "$dir/compile.log" -q clean compile)
    read -r check_ms check_rss < <(timed "$dir/check.log" -fae clean compile "$plugin:check" -Ddatawarden.reuse=false)
    count=$(analysed "$dir/check.log" | wc -l)
    models=$(modelled "$dir/check.log" "$shape")
    # reuse on: a first build stores every module's result, then one leaf changes
    timed "$dir/stored.log" -fae compile "$plugin:check" >/dev/null
    leaf=$(printf 'm%02d' "$n")
    controller=$(find "$dir/$leaf/src/main/java" -name '*Controller.java' | sort | head -1)
    sed -i 's/^}$/  public int changed() {\n    return 1;\n  }\n}/' "$controller"
    read -r leaf_ms _ < <(timed "$dir/leaf.log" -fae compile "$plugin:check")
    again=$(analysed "$dir/leaf.log" | paste -sd' ' -)
    reused=$(grep -c 'unchanged since the last analysis' "$dir/leaf.log" || true)
    cd "$root"
    printf '%-6s %7d %7d %8.1fs %8.1fs %5.2fx %8.1fs %5dM %9d %8.1fs   %s (%d reused)\n' "$shape" "$n" "$loc" \
        "$(echo "$compile_ms / 1000" | bc -l)" "$(echo "$check_ms / 1000" | bc -l)" \
        "$(echo "$check_ms / $compile_ms" | bc -l)" "$(echo "($check_ms - $compile_ms) / 1000" | bc -l)" \
        "$check_rss" "$models" "$(echo "$leaf_ms / 1000" | bc -l)" "${again:-none}" "$reused"
    [ "$count" -eq "$n" ] || echo "  (analysed $count modules of $n)"
  done
done
