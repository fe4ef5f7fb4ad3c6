#!/bin/sh
exec python run.py
