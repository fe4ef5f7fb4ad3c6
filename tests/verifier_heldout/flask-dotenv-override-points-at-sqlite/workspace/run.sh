#!/usr/bin/env bash
set -euo pipefail
exec python -m flask --app app run --host 0.0.0.0 --port "${PORT:-8080}"
