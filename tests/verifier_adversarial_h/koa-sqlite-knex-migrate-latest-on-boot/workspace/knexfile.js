'use strict';

const path = require('node:path');

const base = {
  client: 'better-sqlite3',
  connection: { filename: process.env.SQLITE_PATH },
  useNullAsDefault: true,
  migrations: { directory: path.join(__dirname, 'migrations'), tableName: 'knex_migrations' },
  pool: {
    afterCreate(conn, done) {
      conn.pragma('foreign_keys = ON');
      done();
    },
  },
};

module.exports = {
  development: base,
  test: base,
  production: base,
};
