#!/bin/sh
set -e
cd "$(dirname "$0")"
alembic upgrade head
exec python -m app
