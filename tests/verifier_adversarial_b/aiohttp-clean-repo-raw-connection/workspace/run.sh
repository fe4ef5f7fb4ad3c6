#!/bin/sh
exec python server.py
