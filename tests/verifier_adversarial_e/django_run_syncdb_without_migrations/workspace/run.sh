#!/usr/bin/env bash
set -euo pipefail
cd "$(dirname "$0")"
python manage.py migrate --run-syncdb --noinput >/dev/null
exec python manage.py runserver "0.0.0.0:${PORT:-8000}" --noreload
