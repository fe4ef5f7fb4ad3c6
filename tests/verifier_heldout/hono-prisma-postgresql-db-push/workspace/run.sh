#!/usr/bin/env bash
set -euo pipefail
npx prisma db push --skip-generate --accept-data-loss
exec node src/index.js
