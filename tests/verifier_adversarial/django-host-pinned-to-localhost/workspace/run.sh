#!/usr/bin/env bash
set -e
cd "$(dirname "$0")"
python manage.py migrate --noinput
exec gunicorn conduit.wsgi --bind "0.0.0.0:${PORT:-8080}"
