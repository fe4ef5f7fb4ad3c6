const { Client } = require('pg');

const url = new URL(process.env.DATABASE_URL);
const client = new Client({
  host: url.hostname,
  user: url.username,
  database: url.pathname.slice(1),
});

module.exports = { client };
