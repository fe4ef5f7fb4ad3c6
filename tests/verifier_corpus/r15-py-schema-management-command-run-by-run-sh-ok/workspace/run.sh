#!/bin/sh
python manage.py initdb
exec flask --app conduit.app run --port "$PORT"
