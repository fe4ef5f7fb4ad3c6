#!/usr/bin/env bash
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
echo "applying schema..."
python scripts/init_db.py
exec python -m conduit
