#!/usr/bin/env bash
set -euo pipefail
cd "$(dirname "$0")"
npx --no-install prisma db push --skip-generate >/dev/null
npx --no-install prisma generate >/dev/null
exec node src/server.js
