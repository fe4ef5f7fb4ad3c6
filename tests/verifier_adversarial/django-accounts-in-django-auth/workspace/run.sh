#!/usr/bin/env bash
set -e
cd "$(dirname "$0")"
DJANGO_SETTINGS_MODULE=conduit.settings python -m django migrate --noinput
exec python -m conduit.serve
