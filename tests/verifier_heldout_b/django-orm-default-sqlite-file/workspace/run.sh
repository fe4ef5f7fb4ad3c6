#!/usr/bin/env bash
set -e
cd "$(dirname "$0")"
python manage.py migrate --noinput
exec waitress-serve --listen="0.0.0.0:${PORT:-8000}" conduit_site.wsgi:application
