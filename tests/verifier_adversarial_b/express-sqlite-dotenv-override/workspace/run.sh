#!/bin/sh
mkdir -p data
exec node src/server.js
