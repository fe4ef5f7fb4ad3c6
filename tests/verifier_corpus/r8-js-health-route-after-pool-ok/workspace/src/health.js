const { Pool } = require('pg');

const probe = new Pool({ connectionString: process.env.DATABASE_URL });

async function health(req, res) {
  await probe.connect().then((client) => client.release());
  res.json({
    database: 'reachable',
  });
}

module.exports = { health };
