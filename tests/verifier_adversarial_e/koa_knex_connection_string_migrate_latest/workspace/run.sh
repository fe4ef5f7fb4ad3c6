#!/usr/bin/env bash
set -euo pipefail
cd "$(dirname "$0")"
npx knex --knexfile knexfile.js migrate:latest
exec node src/index.js
