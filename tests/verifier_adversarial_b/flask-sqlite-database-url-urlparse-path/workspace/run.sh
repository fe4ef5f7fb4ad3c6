#!/bin/sh
cd "$(dirname "$0")"
exec python server.py
