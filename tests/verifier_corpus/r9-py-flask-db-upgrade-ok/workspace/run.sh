#!/bin/sh
flask --app conduit.app db upgrade
exec flask --app conduit.app run --port "$PORT"
