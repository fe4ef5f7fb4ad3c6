#!/usr/bin/env bash
# Serves the API with aiohttp's own runner on $PORT.
set -euo pipefail
cd "$(dirname "$0")"
exec python -m aiohttp.web -H 0.0.0.0 -P "${PORT:-8000}" app.server:init_app
