#!/usr/bin/env bash
set -euo pipefail
cd "$(dirname "$0")"
# Keep the database inside the project so that backups pick it up.
export SQLITE_PATH="$PWD/var/conduit.sqlite"
mkdir -p var
exec node src/server.js
