#!/bin/sh
set -e
cd "$(dirname "$0")"
# make the path deterministic regardless of the caller's environment
mkdir -p data
export SQLITE_PATH="$PWD/data/conduit.db"
exec python app.py
