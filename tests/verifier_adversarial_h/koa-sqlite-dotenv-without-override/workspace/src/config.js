'use strict';

const path = require('node:path');
require('dotenv').config({ path: path.join(__dirname, '..', '.env') });

module.exports = {
  port: Number(process.env.PORT) || 3000,
  sqlitePath: path.resolve(process.env.SQLITE_PATH || 'conduit.sqlite'),
};
