#!/bin/sh
set -e
cd "$(dirname "$0")"
DJANGO_SETTINGS_MODULE=conduit.settings python -m django migrate --run-syncdb >/dev/null
exec python -m app.main
