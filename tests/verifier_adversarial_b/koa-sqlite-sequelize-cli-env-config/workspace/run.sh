#!/bin/sh
set -e
cd "$(dirname "$0")"
node_modules/.bin/sequelize db:migrate
exec node src/index.js
