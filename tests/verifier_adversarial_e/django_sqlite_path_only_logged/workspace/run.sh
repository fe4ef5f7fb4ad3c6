#!/usr/bin/env bash
set -euo pipefail
cd "$(dirname "$0")"
python manage.py migrate --noinput
exec waitress-serve --listen="0.0.0.0:${PORT}" config.wsgi:application
