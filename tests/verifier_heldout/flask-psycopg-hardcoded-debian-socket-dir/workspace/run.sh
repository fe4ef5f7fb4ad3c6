#!/usr/bin/env bash
set -euo pipefail
exec gunicorn -b "0.0.0.0:${PORT:-8080}" app:app
