#!/usr/bin/env bash
# `make bench`: run every benchmark under bench/; each prints its ratio to a bare baseline.
set -uo pipefail
cd "$(dirname "$0")/.."
rc=0
for b in bench/*.py; do
  echo "== $b"
  case "$b" in
    bench/search_bench.py)
      url=$(bash scripts/es.sh up) && HONGDUN_ELASTICSEARCH_URL="$url" .venv/bin/python "$b" || rc=1 ;;
    *) .venv/bin/python "$b" || rc=1 ;;
  esac
done
exit $rc
