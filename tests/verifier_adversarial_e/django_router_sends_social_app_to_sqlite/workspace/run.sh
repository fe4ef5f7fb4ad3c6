#!/usr/bin/env bash
set -euo pipefail
cd "$(dirname "$0")"
python manage.py migrate --noinput
python manage.py migrate --database=social --noinput
exec gunicorn config.wsgi -b "0.0.0.0:${PORT}" -w 2
