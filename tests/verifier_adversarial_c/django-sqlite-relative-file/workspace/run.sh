#!/usr/bin/env bash
set -euo pipefail
cd "$(dirname "$0")"
exec python manage.py runserver --noreload "0.0.0.0:${PORT:-8000}"
