#!/usr/bin/env bash
set -euo pipefail
cd "$(dirname "$0")"
python -m conduit.bootstrap   # schema + demo content
exec python -m conduit.app
