#!/usr/bin/env bash
set -euo pipefail
cd "$(dirname "$0")"
exec flask --app conduit run --host 0.0.0.0 --port "${PORT:-5000}"
