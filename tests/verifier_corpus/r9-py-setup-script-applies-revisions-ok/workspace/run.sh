#!/bin/sh
python scripts/setup_db.py
exec flask --app conduit.app run --port "$PORT"
