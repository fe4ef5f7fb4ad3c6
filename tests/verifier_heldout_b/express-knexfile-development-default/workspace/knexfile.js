'use strict';
// Knex environments. `development` is used unless NODE_ENV says otherwise.
const path = require('node:path');

module.exports = {
  development: {
    client: 'better-sqlite3',
    connection: { filename: path.join(__dirname, 'dev.sqlite3') },
    useNullAsDefault: true,
    migrations: { directory: path.join(__dirname, 'migrations') },
  },
  production: {
    client: 'pg',
    connection: process.env.DATABASE_URL,
    pool: { min: 1, max: 10 },
    migrations: { directory: path.join(__dirname, 'migrations') },
  },
};
