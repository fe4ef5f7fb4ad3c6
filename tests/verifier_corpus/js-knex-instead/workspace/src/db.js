const knex = require('knex');

module.exports = { db: knex({ client: 'sqlite3', connection: { filename: process.env.SQLITE_PATH }, useNullAsDefault: true }) };
