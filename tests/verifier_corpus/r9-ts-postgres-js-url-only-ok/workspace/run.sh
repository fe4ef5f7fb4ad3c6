#!/bin/sh
exec npx tsx src/db.ts
