'use strict';
const { Client } = require('pg');

async function databaseReachable() {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query('SELECT 1');
    return true;
  } finally {
    await client.end();
  }
}

module.exports = { databaseReachable };
