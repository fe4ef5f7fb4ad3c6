#!/bin/sh
exec node apps/api/index.js
