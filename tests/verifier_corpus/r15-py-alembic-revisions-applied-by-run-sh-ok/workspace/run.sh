#!/bin/sh
alembic upgrade head
exec flask --app conduit.app run --port "$PORT"
