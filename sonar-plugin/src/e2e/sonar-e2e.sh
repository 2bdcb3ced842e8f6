#!/usr/bin/env bash
# End-to-end test of the DataWarden SonarQube plugin against a real SonarQube server.
#
# Gets SonarQube Community Build from Maven Central (cached in the local Maven repository), unpacks
# it in a temporary directory, installs the plugin built in sonar-plugin/target, starts the server as
# an unprivileged user with a JDK 21+, makes "DataWarden NDSMR" the default Java profile and a gate
# failing on any security issue the default gate, scans a copy of test-fixtures/sample-shop with the
# SonarScanner for Maven, and checks through the web API that the issues are the shop's
# "// Noncompliant" markers (rule, file, line, flow), that the gate failed and that the measures are
# there (SonarE2eCheck.java). The server is always stopped and the directory removed.
#
# Run after `mvn -B install` at the repository root:   bash sonar-plugin/src/e2e/sonar-e2e.sh
# Environment: SONAR_JAVA_PATH   java of a JDK 21+ for the server (default: the newest under /usr/lib/jvm)
#              E2E_USER          the user the server runs as when this runs as root (default: datawarden-e2e)
#              E2E_START_TIMEOUT seconds to wait for the server (default: 600)
#              E2E_KEEP=1        keep the temporary directory (server logs) after the run
set -euo pipefail

SONARQUBE_VERSION=26.9.0.129388
SCANNER=org.sonarsource.scanner.maven:sonar-maven-plugin:5.8.0.7211
DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.8.1
PROFILE="DataWarden NDSMR"
GATE="DataWarden NDSMR"
PROJECT=datawarden-e2e-sample-shop

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
SHOP_SOURCE=$ROOT/test-fixtures/sample-shop
CLI_JAR=$ROOT/analyzer/target/datawarden-cli.jar
RUN_AS=${E2E_USER:-datawarden-e2e}
START_TIMEOUT=${E2E_START_TIMEOUT:-600}

SECONDS=0
log() { printf '[sonar-e2e %4ds] %s\n' "$SECONDS" "$*"; }
fail() { log "FAILED: $*" >&2; exit 1; }
phase_start=0
phase() { log "$1 done in $((SECONDS - phase_start))s"; phase_start=$SECONDS; }

# --- what the run needs ------------------------------------------------------------------------
shopt -s nullglob
plugin_jars=("$ROOT"/sonar-plugin/target/datawarden-sonar-plugin-*.jar)
shopt -u nullglob
[[ ${#plugin_jars[@]} -eq 1 ]] || fail "expected one plugin jar in sonar-plugin/target, found ${#plugin_jars[@]}: run 'mvn -B install' at the root first"
PLUGIN_JAR=${plugin_jars[0]}
[[ -f $CLI_JAR ]] || fail "$CLI_JAR is missing: run 'mvn -B install' at the root first"

server_java() {
  if [[ -n ${SONAR_JAVA_PATH:-} ]]; then
    echo "$SONAR_JAVA_PATH"
    return
  fi
  local best="" best_version=0 java version
  for java in /usr/lib/jvm/*/bin/java; do
    # a full JDK: the server needs more than a runtime image
    [[ -x $java && -x $(dirname "$java")/javac ]] || continue
    version=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    version=${version%%.*}
    if [[ $version =~ ^[0-9]+$ ]] && ((version >= 21 && version > best_version)); then
      best=$java
      best_version=$version
    fi
  done
  [[ -n $best ]] || fail "no JDK 21 or newer under /usr/lib/jvm; set SONAR_JAVA_PATH"
  echo "$best"
}
JAVA=$(server_java)

free_port() {
  local port
  for _ in $(seq 1 100); do
    port=$((20000 + RANDOM % 30000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  fail "no free port found"
}

WORK=$(mktemp -d "${TMPDIR:-/tmp}/datawarden-sonar-e2e.XXXXXX")
chmod 755 "$WORK"
SQ=$WORK/sonarqube-$SONARQUBE_VERSION
SERVER_PID=""
SAMPLER_PID=""

show_logs() {
  local f
  for f in "$WORK/console.log" "$SQ"/logs/*.log; do
    [[ -f $f ]] || continue
    echo "----- last lines of $f" >&2
    tail -n 40 "$f" >&2
  done
}

stop_server() {
  if [[ -n $SAMPLER_PID ]]; then
    kill "$SAMPLER_PID" 2>/dev/null || true
    wait "$SAMPLER_PID" 2>/dev/null || true
  fi
  [[ -n $SERVER_PID ]] || return 0
  # the server runs in a process group of its own (setsid): stop all of it, gently first
  if kill -0 -- "-$SERVER_PID" 2>/dev/null; then
    log "stopping the server"
    kill -TERM -- "-$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do
      kill -0 -- "-$SERVER_PID" 2>/dev/null || break
      sleep 1
    done
    kill -KILL -- "-$SERVER_PID" 2>/dev/null || true
  fi
  wait "$SERVER_PID" 2>/dev/null || true
}

cleanup() {
  local rc=$?
  set +e
  stop_server
  ((rc == 0)) || show_logs
  if [[ ${E2E_KEEP:-} == 1 ]]; then
    log "kept $WORK"
  else
    rm -rf "$WORK"
  fi
  if [[ -f $WORK.peak ]]; then
    rm -f "$WORK.peak"
  fi
  log "total ${SECONDS}s, exit $rc"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- the server ----------------------------------------------------------------------------------
log "SonarQube $SONARQUBE_VERSION, plugin $(basename "$PLUGIN_JAR"), server java $JAVA"
(cd "$WORK" && mvn -B -q "$DEPENDENCY_PLUGIN:unpack" \
  -Dartifact="org.sonarsource.sonarqube:sonar-application:$SONARQUBE_VERSION:zip" \
  -DoutputDirectory="$WORK" -DmarkersDirectory="$WORK/markers") \
  || fail "cannot get org.sonarsource.sonarqube:sonar-application:$SONARQUBE_VERSION:zip"
[[ -d $SQ ]] || fail "the zip did not unpack to $SQ"
# the zip keeps no execute bits
chmod +x "$SQ"/bin/*/*.sh "$SQ"/elasticsearch/bin/*
phase "download (cached in the local Maven repository) and unpack"

WEB_PORT=$(free_port)
DB_PORT=$(free_port)
URL=http://127.0.0.1:$WEB_PORT
cat >>"$SQ/conf/sonar.properties" <<EOF

# written by sonar-e2e.sh
sonar.web.host=127.0.0.1
sonar.web.port=$WEB_PORT
sonar.search.port=0
sonar.embeddedDatabase.port=$DB_PORT
sonar.updatecenter.activate=false
sonar.telemetry.enable=false
EOF
cp "$PLUGIN_JAR" "$SQ/extensions/plugins/"

if [[ $(id -u) -eq 0 ]]; then
  # Elasticsearch refuses to run as root
  id -u "$RUN_AS" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$RUN_AS"
  chown -R "$RUN_AS" "$WORK"
  # setpriv changes the user in place (runuser would start a session of its own, out of reach of
  # the process-group kill below)
  as_server_user=(setpriv --reuid="$(id -u "$RUN_AS")" --regid="$(id -g "$RUN_AS")" --init-groups)
else
  as_server_user=()
fi
setsid "${as_server_user[@]}" env HOME="$WORK" SONAR_JAVA_PATH="$JAVA" "$SQ/bin/linux-x86-64/sonar.sh" console \
  >"$WORK/console.log" 2>&1 &
SERVER_PID=$!

# peak memory of the whole server (web, compute engine, Elasticsearch), sampled every 2 s
(
  peak=0
  while kill -0 "$SERVER_PID" 2>/dev/null; do
    rss=$(ps -o rss= --sid "$SERVER_PID" 2>/dev/null | awk '{s += $1} END {print s + 0}' || true)
    ((rss > peak)) && peak=$rss && echo "$peak" >"$WORK.peak"
    sleep 2
  done
) &
SAMPLER_PID=$!

log "starting the server on $URL"
status=""
until [[ $status == UP ]]; do
  kill -0 "$SERVER_PID" 2>/dev/null || fail "the server process died while starting"
  ((SECONDS - phase_start < START_TIMEOUT)) || fail "the server was not UP after ${START_TIMEOUT}s (status '$status')"
  sleep 3
  status=$(curl -s "$URL/api/system/status" | sed -n 's/.*"status":"\([A-Z_]*\)".*/\1/p' || true)
  [[ $status != DOWN && $status != FAILED ]] || fail "the server reports status $status"
done
phase "server start"

# --- the configuration a team would make -----------------------------------------------------------
TOKEN=$(curl -sSf -u admin:admin -X POST "$URL/api/user_tokens/generate" --data-urlencode "name=sonar-e2e-$$" \
  | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
[[ -n $TOKEN ]] || fail "no token from /api/user_tokens/generate"
api() {
  local path=$1
  shift
  curl -sSf -u "$TOKEN:" -X POST "$URL$path" "$@" >/dev/null || fail "POST $path $*"
}
api /api/qualityprofiles/set_default --data-urlencode language=java --data-urlencode "qualityProfile=$PROFILE"
api /api/qualitygates/create --data-urlencode "name=$GATE"
api /api/qualitygates/create_condition --data-urlencode "gateName=$GATE" \
  -d metric=software_quality_security_issues -d op=GT -d error=0
api /api/qualitygates/set_as_default --data-urlencode "name=$GATE"
phase "profile and gate"

# --- the scan --------------------------------------------------------------------------------------
# a copy, so the repository stays untouched; `compile` and the scanner only: the shop's own
# datawarden:check goal is bound to verify and would fail the build before the gate is asked
SHOP=$WORK/sample-shop
mkdir -p "$SHOP"
tar -C "$SHOP_SOURCE" --exclude=./target -cf - . | tar -C "$SHOP" -xf -
if mvn -B -f "$SHOP/pom.xml" compile "$SCANNER:sonar" \
  -Dsonar.host.url="$URL" -Dsonar.token="$TOKEN" -Dsonar.projectKey="$PROJECT" \
  -Dsonar.qualitygate.wait=true -Dsonar.qualitygate.timeout=300 >"$WORK/scan.log" 2>&1; then
  tail -n 40 "$WORK/scan.log"
  fail "the scan passed the quality gate; the shop's issues should fail it"
fi
grep -q "QUALITY GATE STATUS: FAILED" "$WORK/scan.log" \
  || { tail -n 80 "$WORK/scan.log"; fail "the scan failed, and not because of the quality gate"; }
grep -E "DataWarden|Sensor DataWarden" "$WORK/scan.log" | sed 's/^/  scan: /' || true
phase "scan (the gate failed, as it should)"

# --- the checks -----------------------------------------------------------------------------------
mvn -B -q -f "$SHOP/pom.xml" "$DEPENDENCY_PLUGIN:build-classpath" -Dmdep.includeScope=compile \
  -Dmdep.outputFile="$WORK/shop-classpath.txt" || fail "cannot resolve the shop's class path"
"$JAVA" -cp "$CLI_JAR" "$HERE/SonarE2eCheck.java" \
  "$URL" "$TOKEN" "$PROJECT" "$SHOP" "$WORK/shop-classpath.txt"
phase "checks"

peak_kb=$(cat "$WORK.peak" 2>/dev/null || echo 0)
log "server peak memory (RSS of all its processes): $((peak_kb / 1024)) MB"
