#!/bin/sh
exec node src/db.js
