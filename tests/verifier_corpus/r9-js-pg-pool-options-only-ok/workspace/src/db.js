const { Pool } = require('pg');

const pool = new Pool({ max: 5, idleTimeoutMillis: 10000 });

pool.query('CREATE TABLE IF NOT EXISTS notes (id serial PRIMARY KEY, body text)');

module.exports = { pool };
