#!/bin/sh
exec uvicorn app.main:app --port $PORT
