#!/usr/bin/env bash
# `make test`: lint, start a real Elasticsearch on loopback, run every test, stop it again.
set -uo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
start=$(date +%s)

$BIN/ruff check . || exit 1

ES_URL=$(bash scripts/es.sh up) || { echo "test.sh: Elasticsearch did not start" >&2; exit 1; }
trap 'bash scripts/es.sh down >/dev/null 2>&1 || true' EXIT
echo "test.sh: Elasticsearch at $ES_URL"

# --durations=30: every CI log shows where the time went. -n: pytest-xdist workers, a test
# module at a time, the Elasticsearch modules on one worker (tests/conftest.py). The default
# is 0 (this process): on CI's two cores two workers saved 1.5 of 23 minutes and made the
# browser sweeps contend (a demo page missed its deadline); HONGDUN_TEST_WORKERS=N on a
# machine with more cores. A failure is named in the short summary at the end as ever.
HONGDUN_TEST_ES_URL="$ES_URL" $BIN/pytest -p no:cacheprovider --durations=30 \
  -n "${HONGDUN_TEST_WORKERS:-0}" "$@"
rc=$?
echo "test.sh: make test took $(( $(date +%s) - start ))s"
exit $rc
