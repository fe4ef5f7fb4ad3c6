#!/usr/bin/env bash
set -euo pipefail
cd "$(dirname "$0")"
python manage.py migrate --noinput
exec gunicorn config.wsgi -b "0.0.0.0:${PORT}"
