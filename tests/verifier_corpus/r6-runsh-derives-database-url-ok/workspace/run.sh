#!/bin/sh
export DATABASE_URL="sqlite:///$SQLITE_PATH"
exec flask --app conduit.app run --port "$PORT"
