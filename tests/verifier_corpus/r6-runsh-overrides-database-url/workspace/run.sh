#!/bin/sh
export DATABASE_URL=postgresql://conduit@localhost/conduit
exec flask --app conduit.app run --port "$PORT"
