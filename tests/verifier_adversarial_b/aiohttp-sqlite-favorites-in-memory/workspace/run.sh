#!/bin/sh
exec python -m server
