#!/usr/bin/env bash
set -euo pipefail
exec python main.py
