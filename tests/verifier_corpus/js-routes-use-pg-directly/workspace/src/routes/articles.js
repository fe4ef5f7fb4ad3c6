const express = require('express');
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const router = express.Router();

router.get('/tags', async (req, res) => {
  const result = await pool.query('SELECT name FROM tags');
  res.json({ tags: result.rows.map((r) => r.name) });
});

module.exports = router;
