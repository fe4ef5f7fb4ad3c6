#!/usr/bin/env bash
# Starts the Conduit API in the foreground on $PORT.
set -e
cd "$(dirname "$0")"
python manage.py migrate --noinput --verbosity 0
exec waitress-serve --listen="0.0.0.0:${PORT:-8080}" site_conf.wsgi:application
