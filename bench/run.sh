#!/usr/bin/env bash
# Benchmarks DataWarden against plain javac on the same real sources with the same class path, and
# prints LOC, both times and their ratio, the time of each analysis phase and of each rule, peak heap
# and peak RSS. Usage: bench/run.sh [corpus...]   (default: commons-lang3 guava mall benchmark-java)
#
# Corpora:
#   commons-lang3, guava  Maven Central sources jars, their dependencies copied from Maven Central
#   mall                  macrozheng/mall: Spring Boot + MyBatis shop, 7 modules, Lombok
#   benchmark-java        OWASP-Benchmark/BenchmarkJava: 2,766 servlets, 2,740 of them in one package
#   litemall              linlinjava/litemall: Spring Boot + MyBatis shop, 6 modules, 115k lines (most of
#                         them MyBatis Generator's), no catalog: what it finds is inferred
#   synthetic-20k, synthetic-100k, synthetic-200k, synthetic-300k
#                         the same generated Spring + MyBatis code base (bench/SyntheticShop.java) at
#                         four sizes, its data declared with the annotations: whether time and heap
#                         grow linearly (synthetic-<N>k for any N works)
# A git corpus is cloned from GitHub at a fixed commit (only its poms and src/main); set
# BENCH_GIT_<NAME> (BENCH_GIT_MALL, BENCH_GIT_BENCHMARK_JAVA, BENCH_GIT_LITEMALL) to a local clone or mirror to clone
# from there instead. Its class path is resolved by Maven (online, from Maven Central; a multi-module
# build is compiled once for that, and the result kept in bench/target/<corpus>/classpath.txt).
#
# javac compiles the same files right before each analysis (-proc:none, or with only Lombok as
# processor where the code needs it to compile), so the ratio compares two runs on the machine's
# load of the moment. BENCH_RUNS=N repeats each corpus N times.
#
# Each corpus has a catalog in bench/catalogs/ declaring a few of its fields (or, for BenchmarkJava,
# the request's parameters) as personal information, so that the engine has data to follow, as in
# an application; the findings go to bench/target/<corpus>/findings.json.
# Needs the CLI jar first: mvn -B -q package -DskipTests -pl annotations,test-fixtures,analyzer
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
cli="$root/analyzer/target/datawarden-cli.jar"
[ -f "$cli" ] || { echo "bench: build first: mvn -B -q package -DskipTests -pl annotations,test-fixtures,analyzer" >&2; exit 2; }
work="$root/bench/target"
mkdir -p "$work"
# a private copy, so that a rebuild during a long run cannot swap the jar under the JVM
cp "$cli" "$work/datawarden-cli.jar"
cli="$work/datawarden-cli.jar"

# jar | sources artifact | class path artifacts | javac release
# git | clone URL | commit | javac release | Maven goals resolving the class path | javac processors (class path entries)
# gen | lines | javac release
corpus() {
  case "$1" in
    synthetic-*k) echo "gen|${1#synthetic-}|8" ;;
    commons-lang3) echo "jar|org.apache.commons:commons-lang3:3.17.0:jar:sources||8" ;;
    guava) echo "jar|com.google.guava:guava:33.4.0-jre:jar:sources|com.google.guava:failureaccess:1.0.2 com.google.code.findbugs:jsr305:3.0.2 org.checkerframework:checker-qual:3.43.0 com.google.errorprone:error_prone_annotations:2.36.0 com.google.j2objc:j2objc-annotations:3.0.0|11" ;;
    mall) echo "git|https://github.com/macrozheng/mall.git|74eebe067d4f17b2d0b61691bef2748e3a7daf80|8|compile dependency:build-classpath|lombok" ;;
    benchmark-java) echo "git|https://github.com/OWASP-Benchmark/BenchmarkJava.git|79b9bd6177e07991a9c11dc19e457c840e229931|8|dependency:build-classpath|" ;;
    # litemall-all-war repeats litemall-all's one class (the same application packaged as a war)
    litemall) echo "git|https://github.com/linlinjava/litemall.git|a1ef964a718b7277925b19ea26afe78ea3a1d325|8|compile dependency:build-classpath||litemall-all-war" ;;
    *) echo "bench: unknown corpus $1" >&2; exit 2 ;;
  esac
}

fetch() { # artifact directory
  mvn -q -B -Dstyle.color=never dependency:copy -Dartifact="$1" -DoutputDirectory="$2" -Dmdep.overWriteIfNewer=true >/dev/null 2>&1
}

# Sources and class path of a Maven Central corpus: src/, classpath.txt, roots.txt
prepare_jar() { # dir sources deps
  local dir=$1 sources=$2 deps=$3
  rm -rf "$dir/src"
  mkdir -p "$dir/src" "$dir/lib"
  fetch "$sources" "$dir/jar"
  (cd "$dir/src" && unzip -q -o "$dir"/jar/*.jar -x 'META-INF/*')
  for d in $deps; do fetch "$d" "$dir/lib"; done
  find "$dir/lib" -name '*.jar' | sort | paste -sd: > "$dir/classpath.txt"
  echo "$dir/src" > "$dir/roots.txt"
}

# Sources and class path of a git corpus: the checkout in src/ (poms and src/main only),
# classpath.txt (every module's, reactor modules left out: their sources are analysed), roots.txt
prepare_git() { # dir name url commit goals [modules left out]
  local dir=$1 name=$2 url=$3 commit=$4 goals=$5 leftOut=${6:-}
  local var="BENCH_GIT_$(echo "$name" | tr 'a-z-' 'A-Z_')"
  local from=${!var:-$url}
  if [ "$(cat "$dir/commit" 2>/dev/null)" != "$commit" ]; then
    rm -rf "$dir/src" "$dir/classpath.txt" "$dir/commit"
    git clone -q --no-checkout --filter=blob:none "$from" "$dir/src" 2>/dev/null \
      || git clone -q --no-checkout "$from" "$dir/src"
    git -C "$dir/src" -c advice.detachedHead=false checkout -q "$commit" -- \
      ':(glob)**/pom.xml' ':(glob)**/src/main/**'
    echo "$commit" > "$dir/commit"
  fi
  if [ ! -s "$dir/classpath.txt" ]; then
    (cd "$dir/src" && mvn -q -B -DskipTests -Dstyle.color=never $goals \
      -Dmdep.outputFile=datawarden-bench-cp.txt > "$dir/maven.log" 2>&1) \
      || { echo "bench: Maven could not resolve $name's class path, see $dir/maven.log" >&2; exit 1; }
    find "$dir/src" -name datawarden-bench-cp.txt | sort | xargs cat | tr ':' '\n' \
      | grep -v -F "$dir/src/" | grep . | awk '!seen[$0]++' | paste -sd: > "$dir/classpath.txt"
  fi
  find "$dir/src" -type d -path '*/src/main/java' | sort \
    | { if [ -n "$leftOut" ]; then grep -v -E "/($leftOut)/"; else cat; fi; } > "$dir/roots.txt"
}

# A generated corpus: bench/SyntheticShop.java writes it; the class path is its pom's, resolved by
# Maven, and DataWarden's annotations
prepare_gen() { # dir lines
  local dir=$1 lines=${2%k}000
  if [ ! -d "$dir/src" ]; then
    java "$root/bench/SyntheticShop.java" "$dir/src" "$lines" > "$dir/generated.txt"
  fi
  if [ ! -s "$dir/classpath.txt" ]; then
    (cd "$dir/src" && mvn -q -B -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile=cp.txt \
      > "$dir/maven.log" 2>&1) || { echo "bench: Maven could not resolve the class path, see $dir/maven.log" >&2; exit 1; }
    echo "$(cat "$dir/src/cp.txt"):$root/annotations/target/classes" > "$dir/classpath.txt"
  fi
  echo "$dir/src/src/main/java" > "$dir/roots.txt"
}

printf '%-14s %8s %9s %9s %7s %s\n' corpus LOC "javac s" "dw s" ratio "phases (ms) / peak heap / peak RSS"
runs=${BENCH_RUNS:-1}
for name in ${@:-commons-lang3 guava mall benchmark-java}; do
  IFS='|' read -r kind a b c d e f <<<"$(corpus "$name")"
  dir="$work/$name"
  mkdir -p "$dir"
  if [ "$kind" = jar ]; then
    prepare_jar "$dir" "$a" "$b"
    release=$c processors=""
  elif [ "$kind" = gen ]; then
    prepare_gen "$dir" "$a"
    release=$b processors=""
  else
    prepare_git "$dir" "$name" "$a" "$b" "$d" "$f"
    release=$c processors=$e
  fi
  cp=$(cat "$dir/classpath.txt")
  mapfile -t roots < "$dir/roots.txt"
  find "${roots[@]}" -name '*.java' ! -name module-info.java | sort > "$dir/files.txt"
  loc=$(xargs cat < "$dir/files.txt" | grep -v -E '^\s*($|//|\*|/\*)' | wc -l)
  proc=(-proc:none)
  if [ -n "$processors" ]; then # only the processors the code needs to compile (Lombok), from its class path
    proc=(-processorpath "$(tr ':' '\n' <<<"$cp" | grep -E "$processors" | paste -sd:)")
  fi

  for ((run = 1; run <= runs; run++)); do
    rm -rf "$dir/classes"
    mkdir -p "$dir/classes"
    /usr/bin/time -f '%e %M' -o "$dir/javac.time" \
      javac "${proc[@]}" -nowarn -encoding UTF-8 --release "$release" -d "$dir/classes" -cp "$cp" @"$dir/files.txt" \
      > "$dir/javac.log" 2>&1 || { echo "bench: javac failed on $name, see $dir/javac.log" >&2; exit 1; }
    catalog=()
    [ -f "$root/bench/catalogs/$name.yml" ] && catalog=(--catalog "$root/bench/catalogs/$name.yml")
    /usr/bin/time -f '%e %M' -o "$dir/dw.time" \
      java -Xmx2g -jar "$cli" --timings --fail-on BLOCKER --source-level "$release" --classpath "$cp" \
        "${catalog[@]}" --json "$dir/findings.json" "${roots[@]}" \
      > "$dir/dw.out" 2> "$dir/dw.err" || true
    grep -q '^timing total' "$dir/dw.err" || { echo "bench: analysis failed on $name, see $dir/dw.err" >&2; exit 1; }

    javac_s=$(cut -d' ' -f1 "$dir/javac.time")
    dw_s=$(cut -d' ' -f1 "$dir/dw.time")
    rss=$(awk '{printf "%d", $2 / 1024}' "$dir/dw.time")
    phases=$(awk '/^timing/ && $2 != "total" && $2 != "rule" {printf "%s=%s ", $2, $3}' "$dir/dw.err")
    rules=$(awk '/^timing +rule / {printf "%s=%s ", $3, $4}' "$dir/dw.err")
    heap=$(awk '/^peak heap/ {print $3}' "$dir/dw.err")
    ratio=$(awk -v a="$dw_s" -v b="$javac_s" 'BEGIN {printf "%.2f", a / b}')
    printf '%-14s %8d %9s %9s %7s %s heap=%sMB rss=%sMB\n' "$name" "$loc" "$javac_s" "$dw_s" "$ratio" "$phases" "$heap" "$rss"
    awk -v l="$loc" -v t="$dw_s" 'BEGIN {printf "%-14s %.1f ms per kLOC\n", "", t * 1000 / (l / 1000)}'
    printf '%-14s rules (ms): %s\n' "" "$rules"
  done
done
