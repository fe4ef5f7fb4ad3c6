'use strict';
const path = require('path');

module.exports = {
  port: Number(process.env.PORT || 3000),
  jwtSecret: process.env.JWT_SECRET || 'conduit-secret-change-me',
  database: {
    dialect: 'sqlite',
    // keep relative paths working when started from another directory
    storage: path.join(process.cwd(), process.env.SQLITE_PATH || 'conduit.sqlite'),
  },
};
