#!/bin/sh
exec npx --no-install tsx src/index.ts
