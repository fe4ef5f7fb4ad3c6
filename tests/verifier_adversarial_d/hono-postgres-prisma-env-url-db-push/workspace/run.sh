#!/usr/bin/env bash
set -euo pipefail
cd "$(dirname "$0")"
npx prisma db push --accept-data-loss
exec node src/index.js
