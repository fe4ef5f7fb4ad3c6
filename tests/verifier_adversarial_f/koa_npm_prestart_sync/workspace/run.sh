#!/usr/bin/env bash
# Starts the Conduit API (koa) through npm on $PORT.
set -euo pipefail
cd "$(dirname "$0")"
exec npm start --silent
