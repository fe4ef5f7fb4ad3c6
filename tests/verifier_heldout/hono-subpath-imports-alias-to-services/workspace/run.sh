#!/usr/bin/env bash
set -euo pipefail
exec npx tsx src/index.ts
