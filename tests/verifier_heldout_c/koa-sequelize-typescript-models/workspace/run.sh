#!/bin/sh
set -e
cd "$(dirname "$0")"
exec node --import tsx src/server.js
