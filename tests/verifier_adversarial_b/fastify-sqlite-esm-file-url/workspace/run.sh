#!/bin/sh
cd "$(dirname "$0")/src"
exec node main.js
