#!/usr/bin/env bash
set -euo pipefail
npx knex migrate:latest
exec node src/server.js
