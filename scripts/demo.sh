#!/usr/bin/env bash
# `make demo`: serve the demo marketplace, sweep it, create one user per role, serve the page.
set -euo pipefail
cd "$(dirname "$0")/.."
HOME_DIR="${1:-var/demo}"
HD=".venv/bin/hongdun --home $HOME_DIR"
DEMO_PORT="${DEMO_PORT:-8765}"
UI_PORT="${UI_PORT:-8000}"
# The crawler refuses private addresses; the demo marketplace on loopback is allowed by name.
export HONGDUN_ALLOW_PRIVATE="${HONGDUN_ALLOW_PRIVATE:-127.0.0.1:$DEMO_PORT}"

$HD demo serve --port "$DEMO_PORT" &
demo_pid=$!
trap 'kill $demo_pid 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do
  curl -fsS "http://127.0.0.1:$DEMO_PORT/" >/dev/null 2>&1 && break
  sleep 0.2
done

mkdir -p "$HOME_DIR"
# One demo user per role, each with a fresh random one-time password, created before the
# sweep so that its leads are assigned to the district inspectors as they open.
accounts=()
for spec in "巡查员:inspector:370602,370613" "科长:supervisor:" "办案员:case_officer:" \
            "管理员:admin:"; do
  IFS=: read -r name role districts <<<"$spec"
  password=$(.venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(12))')
  if ! out=$(printf '%s\n' "$password" | $HD users add "$name" --role "$role" \
              ${districts:+--districts "$districts"} 2>&1); then
    [[ $out == *"already exists"* ]] || { echo "$out" >&2; exit 1; }
    printf '%s\n' "$password" | $HD users passwd "$name" >/dev/null  # a new one-time password
  fi
  accounts+=("$(printf '  %-13s %s  辖区 %s  密码 password: %s' "$role" "$name" \
                "${districts:-全部 all}" "$password")")
done

$HD demo targets --base-url "http://127.0.0.1:$DEMO_PORT" -o "$HOME_DIR/targets.csv"
$HD targets import "$HOME_DIR/targets.csv"
$HD sweep --name demo
$HD leads > "$HOME_DIR/leads.txt"
head -n 12 "$HOME_DIR/leads.txt"
echo
echo "演示账号 Demo accounts (passwords are random and shown only now):"
printf '%s\n' "${accounts[@]}"

echo
echo "检查页面 Inspector page: http://127.0.0.1:$UI_PORT/   (Ctrl-C to stop)"
$HD serve --host 127.0.0.1 --port "$UI_PORT"
