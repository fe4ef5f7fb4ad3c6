#!/usr/bin/env bash
set -euo pipefail
cd "$(dirname "$0")"
# Prisma wants file: URLs for SQLite; point it at the file the evaluator gives us.
export DATABASE_URL="file:${SQLITE_PATH}"
npx prisma db push --skip-generate --accept-data-loss
exec npx tsx src/index.ts
