#!/usr/bin/env bash
set -e
cd "$(dirname "$0")"
exec waitress-serve --host 0.0.0.0 --port "${PORT:-8080}" --call "conduit:create_app"
