#!/usr/bin/env bash
# Starts the Conduit API (Django on waitress) in the foreground on $PORT.
set -e
cd "$(dirname "$0")"
python manage.py migrate --noinput
exec waitress-serve --listen="0.0.0.0:${PORT:-8080}" --threads=8 conduit.wsgi:application
