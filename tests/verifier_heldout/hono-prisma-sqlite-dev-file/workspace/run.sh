#!/usr/bin/env bash
set -euo pipefail
npx prisma db push --skip-generate
exec node src/index.js
