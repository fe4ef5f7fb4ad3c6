#!/usr/bin/env bash
set -euo pipefail
python manage.py migrate --noinput
exec gunicorn conduit.wsgi:application --bind "0.0.0.0:${PORT:-8080}" --workers 2
