const express = require('express');
const { sequelize } = require('./db');
const articleRoutes = require('./routes/articles');

async function main() {
  await sequelize.sync();
  const app = express();
  app.use(express.json());
  app.get('/api/health-check', (req, res) => res.json({ status: 'ok' }));
  app.use('/api', articleRoutes);
  app.listen(Number(process.env.PORT || 8080));
}

main();

const { Pool } = require('pg');
const pool = new Pool({ connectionString: process.env.DATABASE_URL });
function logPath(req) {
  return req.url.split('?')[0];
}
module.exports = { pool, logPath };
