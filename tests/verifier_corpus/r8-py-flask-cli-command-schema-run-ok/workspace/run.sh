#!/bin/sh
flask --app conduit.app make-tables
exec flask --app conduit.app run --port "$PORT"
