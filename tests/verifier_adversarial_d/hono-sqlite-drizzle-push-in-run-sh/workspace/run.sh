#!/usr/bin/env bash
set -euo pipefail
cd "$(dirname "$0")"
npx drizzle-kit push --force
exec npx tsx src/index.ts
