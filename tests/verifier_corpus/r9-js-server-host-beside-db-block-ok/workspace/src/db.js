const { Pool } = require('pg');
const config = require('./config');

const pool = new Pool(config.db);
pool.query('CREATE TABLE IF NOT EXISTS notes (id serial PRIMARY KEY, body text)');

module.exports = { pool };
