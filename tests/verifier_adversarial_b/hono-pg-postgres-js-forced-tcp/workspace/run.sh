#!/bin/sh
exec npx tsx src/index.ts
