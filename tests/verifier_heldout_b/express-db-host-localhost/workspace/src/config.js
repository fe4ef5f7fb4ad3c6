'use strict';
// Database settings: the PG* variables for credentials, host and port from DB_HOST/DB_PORT (compose network).
module.exports = {
  db: {
    database: process.env.PGDATABASE || 'conduit',
    username: process.env.PGUSER || 'postgres',
    password: process.env.PGPASSWORD || '',
    host: process.env.DB_HOST || 'localhost',
    port: Number(process.env.DB_PORT || process.env.PGPORT || 5432),
  },
};
