#!/bin/sh
export NODE_ENV=production
npx sequelize-cli db:migrate
exec node src/server.js
