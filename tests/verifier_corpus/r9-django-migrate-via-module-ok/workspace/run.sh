#!/bin/sh
DJANGO_SETTINGS_MODULE=conduit.settings python -m django migrate --run-syncdb
exec gunicorn conduit.wsgi --bind "0.0.0.0:$PORT"
