#!/bin/sh
exec node dist/server.js
