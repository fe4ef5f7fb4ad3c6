#!/bin/sh
set -e
python manage.py migrate --noinput
exec gunicorn realworld.wsgi -b 0.0.0.0:${PORT:-3000}
