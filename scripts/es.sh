#!/usr/bin/env bash
# Start and stop a throw-away Elasticsearch test server on 127.0.0.1 (make es-up / es-down).
#
# Fetches the official integ-test-zip distribution from Maven Central with
# `mvn dependency:get` (cached under .cache/, git-ignored), unpacks it, and runs
# it as the dedicated non-root user `hongdun-es` (created with useradd --system
# when run as root) on a free loopback port with a 512 MB heap, single-node
# discovery and security off. `up` waits for cluster health and prints the URL.
#
#   scripts/es.sh up       start (idempotent: prints the URL of a running server)
#   scripts/es.sh down     stop the server (data is kept, so `up` is a restart)
#   scripts/es.sh url      print the URL of the running server
#   scripts/es.sh status   print URL, pid and health, exit 1 when not running
#   scripts/es.sh clean    stop and delete the data and logs
#   scripts/es.sh pause|resume   SIGSTOP/SIGCONT the server (tests of a hung server)
#
# Environment: HONGDUN_ES_VERSION (default 9.5.4), HONGDUN_ES_DIR (state folder,
# default <repo>/.cache/es), ES_JAVA_HOME (a Java 21+ runtime; found in
# /usr/lib/jvm otherwise), HONGDUN_ES_HEAP (default 512m).
set -euo pipefail

VERSION="${HONGDUN_ES_VERSION:-9.5.4}"
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
M2="$REPO/.cache/m2"
HEAP="${HONGDUN_ES_HEAP:-512m}"
ES_USER="hongdun-es"
ZIP="$M2/org/elasticsearch/distribution/integ-test-zip/elasticsearch/$VERSION/elasticsearch-$VERSION.zip"

# The server's folder must be reachable by $ES_USER: a clone under /root (mode 700)
# is not, so root then keeps the server under /var/tmp, in a folder named after the clone.
traversable() {
    local d="$1"
    while [ "$d" != "/" ]; do
        [ -d "$d" ] && { [ "$(( 0$(stat -c %a "$d") & 1 ))" = 1 ] || return 1; }
        d="$(dirname "$d")"
    done
}
if [ -n "${HONGDUN_ES_DIR:-}" ]; then
    DIR="$HONGDUN_ES_DIR"
elif [ "$(id -u)" != 0 ] || traversable "$REPO"; then
    DIR="$REPO/.cache/es"
else
    DIR="/var/tmp/hongdun-es/$(echo "$REPO" | cksum | cut -d' ' -f1)"
fi
ES_HOME="$DIR/elasticsearch-$VERSION"
RUN="$DIR/run"

say() { echo "es.sh: $*" >&2; }
die() { say "$*"; exit 1; }

as_es() {
    if [ "$(id -u)" = 0 ]; then runuser -u "$ES_USER" -- "$@"; else "$@"; fi
}

pid_alive() {
    local pid
    [ -s "$RUN/es.pid" ] || return 1
    pid="$(cat "$RUN/es.pid")"
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}

url() { echo "http://127.0.0.1:$(cat "$RUN/port")"; }

healthy() {
    curl -fsS --max-time 5 "$(url)/_cluster/health?wait_for_status=yellow&timeout=1s" \
        >/dev/null 2>&1
}

find_java() {
    if [ -n "${ES_JAVA_HOME:-}" ] && [ -x "$ES_JAVA_HOME/bin/java" ]; then
        echo "$ES_JAVA_HOME"; return
    fi
    local jdk major
    for jdk in /usr/lib/jvm/*; do
        [ -x "$jdk/bin/java" ] || continue
        major="$("$jdk/bin/java" -XshowSettings:properties -version 2>&1 \
            | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p')"
        if [ -n "$major" ] && [ "$major" -ge 21 ]; then echo "$jdk"; return; fi
    done
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        say "no Java 21+ in /usr/lib/jvm; installing one with apt-get"
        apt-get update -qq >&2
        apt-get install -y -qq openjdk-21-jre-headless >&2 \
            || apt-get install -y -qq openjdk-25-jre-headless >&2 || true
        for jdk in /usr/lib/jvm/*21* /usr/lib/jvm/*25*; do
            [ -x "$jdk/bin/java" ] && { echo "$jdk"; return; }
        done
    fi
    die "Elasticsearch $VERSION needs Java 21+: set ES_JAVA_HOME"
}

fetch() {
    [ -s "$ZIP" ] && return
    if ! command -v mvn >/dev/null; then
        [ "$(id -u)" = 0 ] || die "mvn not found: install Maven"
        apt-get update -qq >&2 && apt-get install -y -qq maven >&2
    fi
    say "fetching integ-test-zip $VERSION from Maven Central"
    mvn -q -B -Dmaven.repo.local="$M2" dependency:get -Dtransitive=false \
        -Dartifact="org.elasticsearch.distribution.integ-test-zip:elasticsearch:$VERSION:zip" >&2 \
        || die "could not fetch org.elasticsearch.distribution.integ-test-zip:elasticsearch:$VERSION"
    [ -s "$ZIP" ] || die "mvn reported success but $ZIP is missing"
}

ensure_user() {
    [ "$(id -u)" = 0 ] || return 0
    id -u "$ES_USER" >/dev/null 2>&1 && return
    useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$ES_USER"
}

unpack() {
    [ -x "$ES_HOME/bin/elasticsearch" ] && return
    say "unpacking $ZIP"
    mkdir -p "$DIR"
    rm -rf "$DIR/unpack.tmp"
    mkdir "$DIR/unpack.tmp"
    (cd "$DIR/unpack.tmp" && unzip -q "$ZIP" 2>/dev/null || python3 -m zipfile -e "$ZIP" .)
    chmod +x "$DIR/unpack.tmp/elasticsearch-$VERSION/bin/"* 2>/dev/null || true
    mv "$DIR/unpack.tmp/elasticsearch-$VERSION" "$ES_HOME"
    rmdir "$DIR/unpack.tmp"
}

free_port() {
    python3 - "$@" <<'EOF'
import socket, sys
for wanted in [int(p) for p in sys.argv[1:]] + [0]:
    s = socket.socket()
    # like the server: a port whose old connections linger in TIME_WAIT is free
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        s.bind(("127.0.0.1", wanted))
    except OSError:
        continue
    print(s.getsockname()[1])
    s.close()
    break
EOF
}

up() {
    mkdir -p "$RUN"
    if pid_alive && healthy; then url; return; fi
    pid_alive && die "a server (pid $(cat "$RUN/es.pid")) is running but not healthy; run: $0 down"
    local java
    java="$(find_java)"
    fetch
    ensure_user
    unpack
    mkdir -p "$DIR/data" "$DIR/logs" "$DIR/tmp"
    local port tport
    port="$(free_port "$(cat "$RUN/port" 2>/dev/null || echo 0)")"
    tport="$(free_port "$(cat "$RUN/transport_port" 2>/dev/null || echo 0)")"
    echo "$port" >"$RUN/port"
    echo "$tport" >"$RUN/transport_port"
    rm -f "$RUN/es.pid"
    if [ "$(id -u)" = 0 ]; then
        chown -R "$ES_USER" "$ES_HOME/config" "$DIR/data" "$DIR/logs" "$DIR/tmp" "$RUN"
        as_es test -r "$ES_HOME/bin/elasticsearch" \
            || die "user $ES_USER cannot read $ES_HOME: make its parent folders world-traversable or set HONGDUN_ES_DIR"
    fi
    say "starting Elasticsearch $VERSION (Java: $java) on 127.0.0.1:$port"
    as_es env ES_JAVA_HOME="$java" ES_JAVA_OPTS="-Xms$HEAP -Xmx$HEAP" ES_TMPDIR="$DIR/tmp" \
        "$ES_HOME/bin/elasticsearch" -d -p "$RUN/es.pid" \
        -Ecluster.name=hongdun-test -Enode.name=hongdun-test-node \
        -Enetwork.host=127.0.0.1 -Ehttp.port="$port" -Etransport.port="$tport" \
        -Ediscovery.type=single-node -Expack.security.enabled=false \
        -Ecluster.routing.allocation.disk.threshold_enabled=false \
        -Epath.data="$DIR/data" -Epath.logs="$DIR/logs" \
        >"$DIR/logs/startup.out" 2>&1 || {
            cat "$DIR/logs/startup.out" >&2; die "elasticsearch failed to start"; }
    local waited=0
    until healthy; do
        if ! pid_alive && [ "$waited" -gt 5 ]; then
            tail -n 30 "$DIR/logs/hongdun-test.log" "$DIR/logs/startup.out" >&2 2>/dev/null || true
            die "elasticsearch exited during start-up (logs in $DIR/logs)"
        fi
        [ "$waited" -ge 240 ] && die "elasticsearch not healthy after 240 s (logs in $DIR/logs)"
        sleep 1
        waited=$((waited + 1))
    done
    say "healthy after ${waited}s"
    url
}

down() {
    if ! pid_alive; then say "not running"; rm -f "$RUN/es.pid"; return; fi
    local pid waited=0
    pid="$(cat "$RUN/es.pid")"
    kill -TERM "$pid"
    while kill -0 "$pid" 2>/dev/null; do
        if [ "$waited" -ge 60 ]; then kill -KILL "$pid" 2>/dev/null || true; fi
        sleep 1
        waited=$((waited + 1))
    done
    rm -f "$RUN/es.pid"
    say "stopped pid $pid"
}

status() {
    if pid_alive && healthy; then
        echo "$(url) pid $(cat "$RUN/es.pid")"
        curl -fsS "$(url)/_cluster/health?pretty"
    else
        say "not running"; return 1
    fi
}

case "${1:-}" in
    up|start) up ;;
    pause) pid_alive || die "not running"; kill -STOP "$(cat "$RUN/es.pid")" ;;
    resume) pid_alive || die "not running"; kill -CONT "$(cat "$RUN/es.pid")" ;;
    down|stop) down ;;
    url) pid_alive || die "not running"; url ;;
    status) status ;;
    clean) down; rm -rf "$DIR/data" "$DIR/logs" "$DIR/tmp" "$RUN" ;;
    *) echo "usage: $0 up|down|url|status|clean|pause|resume" >&2; exit 2 ;;
esac
