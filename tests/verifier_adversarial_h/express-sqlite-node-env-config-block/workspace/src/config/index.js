'use strict';

const path = require('node:path');

const env = process.env.NODE_ENV || 'development';

const environments = {
  development: {
    port: Number(process.env.PORT) || 3000,
    sqlite: { filename: path.join(__dirname, '..', '..', 'data', 'dev.sqlite3'), verbose: false },
  },
  test: {
    port: 0,
    sqlite: { filename: ':memory:', verbose: false },
  },
  production: {
    port: Number(process.env.PORT) || 8080,
    sqlite: { filename: process.env.SQLITE_PATH, verbose: false },
  },
};

module.exports = { env, ...environments[env] };
