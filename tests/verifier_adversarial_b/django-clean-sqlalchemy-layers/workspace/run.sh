#!/bin/sh
exec python manage.py runserver 0.0.0.0:${PORT:-3000} --noreload
