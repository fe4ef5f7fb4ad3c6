#!/bin/bash
set -e
exec gunicorn -w 2 -b 0.0.0.0:${PORT:-3000} 'app:create_app()'
