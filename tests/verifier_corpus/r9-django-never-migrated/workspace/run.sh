#!/bin/sh
exec gunicorn conduit.wsgi --bind "0.0.0.0:$PORT"
