#!/usr/bin/env bash
set -euo pipefail
cd "$(dirname "$0")"
npx knex migrate:latest
exec node src/server.js
