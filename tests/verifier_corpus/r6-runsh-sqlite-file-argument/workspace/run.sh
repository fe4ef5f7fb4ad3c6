#!/bin/sh
exec python -m conduit.app --db ./data/conduit.db --port "$PORT"
