const express = require('express');
const { pool, migrate } = require('./db');

const app = express();
app.use(express.json());
app.get('/api/profiles/:username', async (req, res) => {
  const { rows } = await pool.query('SELECT username, bio, image FROM users WHERE username = $1', [req.params.username]);
  if (!rows.length) return res.status(404).json({ errors: { body: ['not found'] } });
  res.json({ profile: { ...rows[0], following: false } });
});

migrate().then(() => app.listen(Number(process.env.PORT || 8080)));
