'use strict';
const fs = require('fs');
const path = require('path');
const yaml = require('js-yaml');

const file = yaml.load(fs.readFileSync(path.join(__dirname, '..', 'config', 'default.yml'), 'utf8'));

module.exports = {
  port: Number(process.env.PORT || file.server.port),
  jwtSecret: process.env.JWT_SECRET || file.jwt.secret,
  database: {
    dialect: file.database.dialect,
    storage: process.env.CONDUIT_DB_FILE || file.database.storage,
  },
};
