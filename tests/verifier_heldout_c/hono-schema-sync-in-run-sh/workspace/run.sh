#!/bin/sh
set -e
cd "$(dirname "$0")"
node scripts/migrate.js
exec node src/server.js
