#!/bin/sh
python scripts/init_db.py
exec flask --app conduit.app run --port "$PORT"
