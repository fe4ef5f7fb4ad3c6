#!/usr/bin/env bash
set -euo pipefail
exec gunicorn --bind "0.0.0.0:${PORT:-8080}" --workers 1 --threads 4 "wsgi:app"
