#!/bin/sh
exec uvicorn conduit.app:app --host 0.0.0.0 --port "${PORT:-3000}" --workers 1
