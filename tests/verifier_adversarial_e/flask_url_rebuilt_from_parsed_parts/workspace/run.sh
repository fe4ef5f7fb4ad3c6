#!/usr/bin/env bash
set -euo pipefail
cd "$(dirname "$0")"
exec flask --app autoapp run --host 0.0.0.0 --port "$PORT"
