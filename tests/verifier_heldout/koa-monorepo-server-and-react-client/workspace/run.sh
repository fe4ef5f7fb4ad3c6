#!/usr/bin/env bash
set -euo pipefail
cd server
exec node src/server.js
