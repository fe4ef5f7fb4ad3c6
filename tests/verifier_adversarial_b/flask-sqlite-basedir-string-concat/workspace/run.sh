#!/bin/sh
exec python wsgi.py
