#!/bin/sh
exec node_modules/.bin/tsx src/index.ts
