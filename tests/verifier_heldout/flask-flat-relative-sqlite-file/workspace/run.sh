#!/usr/bin/env bash
set -e
exec python app.py
