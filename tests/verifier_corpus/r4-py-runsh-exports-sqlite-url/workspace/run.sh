#!/bin/sh
export DATABASE_URL=sqlite:///conduit.db
exec flask --app conduit.app run --port "$PORT"
