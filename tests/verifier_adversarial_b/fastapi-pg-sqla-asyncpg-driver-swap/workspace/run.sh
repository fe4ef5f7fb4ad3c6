#!/bin/sh
exec uvicorn src.main:app --host 0.0.0.0 --port "${PORT:-3000}"
