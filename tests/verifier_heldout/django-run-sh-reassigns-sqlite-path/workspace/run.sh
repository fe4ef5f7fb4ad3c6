#!/usr/bin/env bash
set -euo pipefail
export DJANGO_SETTINGS_MODULE=conduit_site.settings
# keep the database next to the code so it survives redeploys of the container
mkdir -p "$PWD/var"
export SQLITE_PATH="$PWD/var/conduit.sqlite3"
exec gunicorn conduit_site.wsgi:application --bind "0.0.0.0:${PORT:-8080}" --workers 2
