#!/bin/sh
set -e
cd "$(dirname "$0")"
python manage.py bootstrap
exec python -m app.main
