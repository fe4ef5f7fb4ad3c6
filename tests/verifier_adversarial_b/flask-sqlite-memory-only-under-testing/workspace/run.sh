#!/bin/sh
exec flask --app conduit:create_app run --host 0.0.0.0 --port "${PORT:-3000}"
