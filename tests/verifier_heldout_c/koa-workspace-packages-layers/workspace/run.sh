#!/bin/sh
set -e
cd "$(dirname "$0")"
exec node packages/web/src/server.js
