#!/bin/sh
export POSTGRES_PRISMA_URL="$DATABASE_URL"
exec node src/server.js
