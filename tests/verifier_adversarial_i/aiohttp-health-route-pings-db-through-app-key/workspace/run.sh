#!/usr/bin/env bash
# Starts the Conduit API (aiohttp.web) in the foreground on $PORT.
set -e
cd "$(dirname "$0")"
exec python -m conduit.main_aiohttp
