#!/bin/sh
exec flask --app conduit.app run --port "$PORT"
