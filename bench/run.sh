#!/usr/bin/env bash
# Benchmarks DataWarden against plain javac on the same real sources (Maven Central sources jars,
# compiled with their own class path), and prints LOC, the time of each analysis phase, peak heap,
# the time of each rule, and the ratio of the whole analysis to the compilation. Usage: bench/run.sh [corpus...]
# Corpora: commons-lang3 guava (default: both). Needs `mvn install` first (for the CLI jar).
# Each corpus has a catalog in bench/catalogs/ declaring a few of its fields as personal
# information, so that the engine has data to follow, as in an application; the findings go to
# bench/target/<corpus>/findings.json.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
cli="$root/analyzer/target/datawarden-cli.jar"
[ -f "$cli" ] || { echo "bench: build first: mvn -B install -DskipTests" >&2; exit 2; }
work="$root/bench/target"
mkdir -p "$work"
# a private copy, so that a rebuild during a long run cannot swap the jar under the JVM
cp "$cli" "$work/datawarden-cli.jar"
cli="$work/datawarden-cli.jar"

# name | sources artifact | class path artifacts | javac release
corpus() {
  case "$1" in
    commons-lang3) echo "org.apache.commons:commons-lang3:3.17.0:jar:sources||8" ;;
    guava) echo "com.google.guava:guava:33.4.0-jre:jar:sources|com.google.guava:failureaccess:1.0.2 com.google.code.findbugs:jsr305:3.0.2 org.checkerframework:checker-qual:3.43.0 com.google.errorprone:error_prone_annotations:2.36.0 com.google.j2objc:j2objc-annotations:3.0.0|11" ;;
    *) echo "bench: unknown corpus $1" >&2; exit 2 ;;
  esac
}

fetch() { # artifact directory
  mvn -q -B dependency:copy -Dartifact="$1" -DoutputDirectory="$2" -Dmdep.overWriteIfNewer=true >/dev/null
}

printf '%-14s %8s %9s %9s %7s %s\n' corpus LOC "javac s" "dw s" ratio "phases (ms) / peak heap"
for name in "${@:-commons-lang3 guava}"; do
  for n in $name; do
    IFS='|' read -r sources deps release <<<"$(corpus "$n")"
    dir="$work/$n"
    rm -rf "$dir/src" "$dir/classes"
    mkdir -p "$dir/src" "$dir/lib" "$dir/classes"
    fetch "$sources" "$dir/jar"
    (cd "$dir/src" && unzip -q -o "$dir"/jar/*.jar -x 'META-INF/*')
    find "$dir/src" -name 'module-info.java' -delete
    cp=""
    for d in $deps; do fetch "$d" "$dir/lib"; done
    cp=$(find "$dir/lib" -name '*.jar' | sort | tr '\n' ':')
    find "$dir/src" -name '*.java' | sort > "$dir/files.txt"
    loc=$(xargs cat < "$dir/files.txt" | grep -v -E '^\s*($|//|\*|/\*)' | wc -l)

    /usr/bin/time -f '%e %M' -o "$dir/javac.time" \
      javac -proc:none -nowarn -encoding UTF-8 --release "$release" -d "$dir/classes" -cp "$cp" @"$dir/files.txt" \
      > "$dir/javac.log" 2>&1 || { echo "bench: javac failed on $n, see $dir/javac.log" >&2; exit 1; }
    /usr/bin/time -f '%e %M' -o "$dir/dw.time" \
      java -Xmx2g -jar "$cli" --timings --fail-on BLOCKER --source-level "$release" --classpath "$cp" \
        --catalog "$root/bench/catalogs/$n.yml" --json "$dir/findings.json" "$dir/src" \
      > "$dir/dw.out" 2> "$dir/dw.err" || true
    grep -q '^timing total' "$dir/dw.err" || { echo "bench: analysis failed on $n, see $dir/dw.err" >&2; exit 1; }

    javac_s=$(cut -d' ' -f1 "$dir/javac.time")
    dw_s=$(cut -d' ' -f1 "$dir/dw.time")
    phases=$(awk '/^timing/ && $2 != "total" && $2 != "rule" {printf "%s=%s ", $2, $3}' "$dir/dw.err")
    rules=$(awk '/^timing +rule / {printf "%s=%s ", $3, $4}' "$dir/dw.err")
    heap=$(awk '/^peak heap/ {print $3}' "$dir/dw.err")
    ratio=$(awk -v a="$dw_s" -v b="$javac_s" 'BEGIN {printf "%.2f", a / b}')
    printf '%-14s %8d %9s %9s %7s %s heap=%sMB\n' "$n" "$loc" "$javac_s" "$dw_s" "$ratio" "$phases" "$heap"
    awk -v l="$loc" -v t="$dw_s" 'BEGIN {printf "%-14s %.1f ms per kLOC\n", "", t * 1000 / (l / 1000)}'
    printf '%-14s rules (ms): %s\n' "" "$rules"
  done
done
