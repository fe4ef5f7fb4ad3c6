#!/bin/sh
export DB_HOST="$PGHOST"
export DB_PORT="$PGPORT"
exec node src/server.js
