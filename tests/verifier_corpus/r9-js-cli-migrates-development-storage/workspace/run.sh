#!/bin/sh
npx sequelize-cli db:migrate
exec node src/server.js
