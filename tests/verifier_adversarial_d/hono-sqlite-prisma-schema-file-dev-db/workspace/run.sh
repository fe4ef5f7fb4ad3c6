#!/usr/bin/env bash
set -euo pipefail
cd "$(dirname "$0")"
npx prisma generate >/dev/null
npx prisma db push --skip-generate
exec node src/index.js
