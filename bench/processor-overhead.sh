#!/usr/bin/env bash
# What DataWarden's annotation processor adds to a compilation: plain javac against javac with the
# processor on the processor path, on the sample shop and on commons-codec 1.19.0 (about 10k lines of
# code without comments; its sources jar comes from Maven Central). Each variant runs RUNS times in a
# fresh javac; the minimum and the median wall times and the minimum cpu time (user + system, every
# thread) are reported, as the other load of a shared machine only ever makes a run slower; cpu time
# suffers least from it. The processor's own note (-Adatawarden.timings=true) of its last run says how
# long the analysis took beside javac and how long javac then waited for it. Last, the command line's
# --timings shows where the analysis spends its time in a JVM of its own.
#
#   bench/processor-overhead.sh [RUNS]        (default 5)
#
# Build first, without installing: mvn -B -o -q -pl annotations,test-fixtures,analyzer package -DskipTests
# The processor path is this checkout's analyzer/target/classes and annotations/target/classes with the
# analyzer's dependencies from the local repository, so nothing needs to be installed.
#
# Variants: plain (-proc:none), plain-c1 (-proc:none with C1 only, -J-XX:TieredStopAtLevel=1: the
# processor keeps C2 from compiling for the rest of the compilation, -Adatawarden.c1Only, so this is
# the javac to compare with to see what the processor itself costs), processor (the default: the analysis runs beside javac's code
# generation), in-round (-Adatawarden.background=false: the analysis runs in the last round),
# daemon (-Adatawarden.daemon=true against a warm daemon: one is started on the processor path, three
# compilations warm it up, then the runs are measured; their cpu is javac's, the daemon's average cpu
# per run is printed beside it), and daemon-in-round (the same warm daemon with
# -Adatawarden.background=false: asked in the last round, javac waits for its answer before it
# attributes and generates, so the two never share the cores), and daemon-c2 (the same warm daemon
# with -Adatawarden.c1Only=false: javac's own JIT left as it is, so what the daemon costs by itself);
# then ROUNDS (default 10) alternating rounds of plain, daemon, daemon-c2 and plain-c1, one compilation
# each, whose ratios' median and range are printed: a block of runs can fall on a slow minute of a
# shared machine that the other blocks miss, a round cannot. The daemon is killed at the end.
set -euo pipefail

RUNS=${1:-5}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/datawarden-bench.XXXXXX")
DAEMON_PID=
stop_daemon() {
  if [ -n "$DAEMON_PID" ]; then
    kill "$DAEMON_PID" 2>/dev/null || true
    wait "$DAEMON_PID" 2>/dev/null || true
    DAEMON_PID=
  fi
}
trap 'stop_daemon; rm -rf "$WORK"' EXIT

CODEC=commons-codec:commons-codec:1.19.0
CODEC_JAR=$HOME/.m2/repository/commons-codec/commons-codec/1.19.0/commons-codec-1.19.0-sources.jar

# the processor path, as Maven's annotationProcessorPaths would resolve it
(cd "$ROOT" && mvn -q -B -o -pl analyzer dependency:build-classpath -DincludeScope=runtime \
    -Dmdep.outputFile="$WORK/analyzer-deps.txt" >/dev/null)
# this checkout's annotations rather than whatever version the local repository holds
DEPS=$(tr ':' '\n' < "$WORK/analyzer-deps.txt" | grep -v '/datawarden-annotations-[^/]*\.jar$' | paste -sd: -)
PROCESSOR_PATH="$ROOT/analyzer/target/classes:$ROOT/annotations/target/classes:$DEPS"
BUILD="mvn -B -o -q -pl annotations,test-fixtures,analyzer package -DskipTests"
for built in "$ROOT/analyzer/target/classes/META-INF/services/javax.annotation.processing.Processor" \
    "$ROOT/annotations/target/classes" "$ROOT/test-fixtures/target/fixture-classpath.txt"; do
  [ -e "$built" ] || { echo "build first: $BUILD" >&2; exit 1; }
done

if [ ! -f "$CODEC_JAR" ]; then
  mvn -q -B dependency:get -Dartifact="$CODEC:jar:sources" -Dtransitive=false >/dev/null
fi
mkdir -p "$WORK/codec"
(cd "$WORK/codec" && unzip -q "$CODEC_JAR")

ncloc() { # lines of code without blank lines and comments
  find "$1" -name '*.java' -print0 | xargs -0 cat | sed -e 's://.*$::' | perl -0pe 's:/\*.*?\*/::gs' | grep -cv '^\s*$'
}

millis() { date +%s%3N; }

# run SOURCES CLASSPATH EXTRA-JAVAC-ARGS... -> prints "wall-ms cpu-ms" of each run (cpu: user + system, all threads)
run() {
  local sources=$1 classpath=$2; shift 2
  local out="$WORK/out"
  for _ in $(seq "$RUNS"); do
    rm -rf "$out" && mkdir -p "$out"
    local start end
    start=$(millis)
    /usr/bin/time -o "$WORK/time" -f '%U %S' javac -encoding UTF-8 -d "$out" -cp "$classpath" "$@" @"$sources" \
        >"$WORK/javac.log" 2>&1 || { echo "javac failed:" >&2; cat "$WORK/javac.log" >&2; exit 1; }
    end=$(millis)
    echo "$((end - start)) $(awk '{ printf "%d", ($1 + $2) * 1000 }' "$WORK/time")"
  done
}

stats() { # min and median wall time, min cpu time of the runs on stdin
  sort -n | awk '{ w[NR] = $1; c = (NR == 1 || $2 < c) ? $2 : c }
    END { printf "%d %d %d\n", w[1], (NR % 2 ? w[(NR + 1) / 2] : (w[NR / 2] + w[NR / 2 + 1]) / 2), c }'
}

bench() {
  local name=$1 dir=$2 classpath=$3
  find "$dir" -name '*.java' ! -name module-info.java > "$WORK/$name.sources"
  local files lines
  files=$(wc -l < "$WORK/$name.sources")
  lines=$(ncloc "$dir")
  read -r plain_min plain_med plain_cpu < <(run "$WORK/$name.sources" "$classpath" -proc:none | stats)
  # javac with C1 only, as the processor's c1Only directive leaves the rest of a compilation: the like-for-like figure
  read -r c1_min c1_med c1_cpu < <(run "$WORK/$name.sources" "$classpath" -proc:none -J-XX:TieredStopAtLevel=1 | stats)
  read -r proc_min proc_med proc_cpu < <(run "$WORK/$name.sources" "$classpath" -processorpath "$PROCESSOR_PATH" \
      -Adatawarden.timings=true | stats)
  local diagnostics timings
  diagnostics=$(grep -c 'warning: \[\|error: \[' "$WORK/javac.log" || true)
  timings=$(grep -o 'DataWarden timings: .*' "$WORK/javac.log" || true)
  read -r sync_min sync_med sync_cpu < <(run "$WORK/$name.sources" "$classpath" -processorpath "$PROCESSOR_PATH" \
      -Adatawarden.background=false | stats)
  # daemon: started on the processor path, so the processor finds its state file; three warm-up compilations,
  # as an IDE has made after a few edits
  java -cp "$PROCESSOR_PATH" dev.datawarden.analyzer.daemon.AnalysisDaemon > "$WORK/daemon.log" 2>&1 &
  DAEMON_PID=$!
  local state=
  for _ in $(seq 300); do
    state=$(sed -n 's/.*, state file \(.*\); exits after.*/\1/p' "$WORK/daemon.log")
    [ -n "$state" ] && [ -f "$state" ] && break
    sleep 0.1
  done
  [ -n "$state" ] && [ -f "$state" ] || { echo "the daemon did not start:" >&2; cat "$WORK/daemon.log" >&2; exit 1; }
  [ "$(sed -n 's/^pid=\([0-9]*\)$/\1/p' "$state")" = "$DAEMON_PID" ] || { echo "$state is not our daemon's" >&2; exit 1; }
  RUNS=3 run "$WORK/$name.sources" "$classpath" -processorpath "$PROCESSOR_PATH" -Adatawarden.daemon=true >/dev/null
  local ticks_before ticks_after
  ticks_before=$(awk '{ print $14 + $15 }' "/proc/$DAEMON_PID/stat")
  read -r daemon_min daemon_med daemon_cpu < <(run "$WORK/$name.sources" "$classpath" -processorpath "$PROCESSOR_PATH" \
      -Adatawarden.daemon=true -Adatawarden.timings=true | stats)
  ticks_after=$(awk '{ print $14 + $15 }' "/proc/$DAEMON_PID/stat")
  local daemon_timings daemon_diagnostics
  daemon_timings=$(grep -o 'DataWarden timings: .*' "$WORK/javac.log" || true)
  daemon_diagnostics=$(grep -c 'warning: \[\|error: \[' "$WORK/javac.log" || true)
  # the same daemon asked in the last round: javac waits for its answer, then generates alone
  local waited_before
  waited_before=$(awk '{ print $14 + $15 }' "/proc/$DAEMON_PID/stat")
  read -r waited_min waited_med waited_cpu < <(run "$WORK/$name.sources" "$classpath" -processorpath "$PROCESSOR_PATH" \
      -Adatawarden.daemon=true -Adatawarden.background=false | stats)
  local waited_ticks
  waited_ticks=$(( $(awk '{ print $14 + $15 }' "/proc/$DAEMON_PID/stat") - waited_before ))
  # the same daemon, javac's own JIT left as it is (-Adatawarden.c1Only=false): what the daemon costs by itself
  local kept_before kept_ticks
  kept_before=$(awk '{ print $14 + $15 }' "/proc/$DAEMON_PID/stat")
  read -r kept_min kept_med kept_cpu < <(run "$WORK/$name.sources" "$classpath" -processorpath "$PROCESSOR_PATH" \
      -Adatawarden.daemon=true -Adatawarden.c1Only=false | stats)
  kept_ticks=$(( $(awk '{ print $14 + $15 }' "/proc/$DAEMON_PID/stat") - kept_before ))
  # alternating rounds: plain, daemon, daemon-c2, plain-c1 one after the other, so that a slow minute of a
  # shared machine falls on all four; the median and range of each round's ratio to plain javac
  local rounds=${ROUNDS:-10} round_file="$WORK/$name.rounds"
  : > "$round_file"
  for _ in $(seq "$rounds"); do
    echo "$(RUNS=1 run "$WORK/$name.sources" "$classpath" -proc:none | cut -d' ' -f1)" \
      "$(RUNS=1 run "$WORK/$name.sources" "$classpath" -processorpath "$PROCESSOR_PATH" -Adatawarden.daemon=true | cut -d' ' -f1)" \
      "$(RUNS=1 run "$WORK/$name.sources" "$classpath" -processorpath "$PROCESSOR_PATH" -Adatawarden.daemon=true \
          -Adatawarden.c1Only=false | cut -d' ' -f1)" \
      "$(RUNS=1 run "$WORK/$name.sources" "$classpath" -proc:none -J-XX:TieredStopAtLevel=1 | cut -d' ' -f1)" >> "$round_file"
  done
  kill "$(sed -n 's/^pid=\([0-9]*\)$/\1/p' "$state")"
  wait "$DAEMON_PID" 2>/dev/null || true
  DAEMON_PID=
  [ ! -e "$state" ] || echo "  the daemon left its state file behind: $state" >&2

  echo "$name: $files files, $lines lines of code, $diagnostics DataWarden diagnostics"
  printf '  %-10s wall %7d ms (median %7d)          cpu %7d ms\n' plain "$plain_min" "$plain_med" "$plain_cpu"
  printf '  %-10s wall %7d ms (median %7d) %+5d%%   cpu %7d ms %+5d%%   (javac -J-XX:TieredStopAtLevel=1)\n' plain-c1 \
    "$c1_min" "$c1_med" $(( (c1_min - plain_min) * 100 / plain_min )) "$c1_cpu" $(( (c1_cpu - plain_cpu) * 100 / plain_cpu ))
  printf '  %-10s wall %7d ms (median %7d) %+5d%%   cpu %7d ms %+5d%%\n' processor "$proc_min" "$proc_med" \
    $(( (proc_min - plain_min) * 100 / plain_min )) "$proc_cpu" $(( (proc_cpu - plain_cpu) * 100 / plain_cpu ))
  printf '  %-10s wall %7d ms (median %7d) %+5d%%   cpu %7d ms %+5d%%\n' in-round "$sync_min" "$sync_med" \
    $(( (sync_min - plain_min) * 100 / plain_min )) "$sync_cpu" $(( (sync_cpu - plain_cpu) * 100 / plain_cpu ))
  printf '  %-10s wall %7d ms (median %7d) %+5d%%   cpu %7d ms %+5d%%   (+ the daemon: %d ms cpu per run)\n' daemon \
    "$daemon_min" "$daemon_med" $(( (daemon_min - plain_min) * 100 / plain_min )) "$daemon_cpu" \
    $(( (daemon_cpu - plain_cpu) * 100 / plain_cpu )) $(( (ticks_after - ticks_before) * 1000 / $(getconf CLK_TCK) / RUNS ))
  printf '  %-10s wall %7d ms (median %7d) %+5d%%   cpu %7d ms %+5d%%   (+ the daemon: %d ms cpu per run)\n' daemon-in-round \
    "$waited_min" "$waited_med" $(( (waited_min - plain_min) * 100 / plain_min )) "$waited_cpu" \
    $(( (waited_cpu - plain_cpu) * 100 / plain_cpu )) $(( waited_ticks * 1000 / $(getconf CLK_TCK) / RUNS ))
  printf '  %-10s wall %7d ms (median %7d) %+5d%%   cpu %7d ms %+5d%%   (+ the daemon: %d ms cpu per run; javac with C2: -Adatawarden.c1Only=false)\n' daemon-c2 \
    "$kept_min" "$kept_med" $(( (kept_min - plain_min) * 100 / plain_min )) "$kept_cpu" \
    $(( (kept_cpu - plain_cpu) * 100 / plain_cpu )) $(( kept_ticks * 1000 / $(getconf CLK_TCK) / RUNS ))
  awk -v n="$rounds" '
    function median(a, k,   i, j, t) { for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
      return k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2 }
    function range(a, k,   i, lo, hi) { lo = hi = a[1]; for (i = 2; i <= k; i++) { if (a[i] < lo) lo = a[i]; if (a[i] > hi) hi = a[i] }
      return sprintf("%+d%% to %+d%%", lo, hi) }
    { d[NR] = ($2 / $1 - 1) * 100; k[NR] = ($3 / $1 - 1) * 100; c[NR] = ($2 / $4 - 1) * 100 }
    END { printf "  alternating, %d rounds: daemon %+d%% (%s), daemon-c2 %+d%% (%s) over plain; daemon %+d%% over plain-c1\n",
      n, median(d, NR), range(d, NR), median(k, NR), range(k, NR), median(c, NR) }' "$round_file"
  echo "  last processor run: ${timings:-no timings note}"
  echo "  last daemon run: ${daemon_timings:-no timings note}, $daemon_diagnostics DataWarden diagnostics"
  # where the analysis spends its time, from the command line in a JVM of its own (one run)
  echo "  the analysis alone (datawarden --timings):"
  java -cp "$PROCESSOR_PATH" dev.datawarden.analyzer.cli.DataWardenCli --timings --fail-on BLOCKER \
      --classpath "$classpath" "$dir" 2>&1 >/dev/null | sed 's/^/    /' || true
}

echo "javac $(javac -version 2>&1 | cut -d' ' -f2), $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg), $RUNS runs each;" \
    "overhead on the minimum wall time and the minimum cpu time"
bench sample-shop "$ROOT/test-fixtures/sample-shop/src/main/java" "$(cat "$ROOT/test-fixtures/target/fixture-classpath.txt")"
mkdir -p "$WORK/no-dependencies"
bench commons-codec "$WORK/codec" "$WORK/no-dependencies"
