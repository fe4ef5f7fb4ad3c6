#!/bin/sh
set -e
mkdir -p db
export DATABASE_URL="sqlite:$(pwd)/db/conduit.sqlite"
exec node index.js
