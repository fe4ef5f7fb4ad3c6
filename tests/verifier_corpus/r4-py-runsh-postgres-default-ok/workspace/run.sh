#!/bin/sh
export DATABASE_URL="${DATABASE_URL:-postgresql://localhost/conduit}"
exec flask --app conduit.app run --port "$PORT"
