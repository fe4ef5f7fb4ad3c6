#!/bin/sh
set -e
python manage.py migrate --run-syncdb --noinput
exec python manage.py runserver 0.0.0.0:${PORT:-3000} --noreload
