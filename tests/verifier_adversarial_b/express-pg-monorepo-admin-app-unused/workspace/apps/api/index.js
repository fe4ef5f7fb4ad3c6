const express = require('express');
const { pool, migrate } = require('./db');

const app = express();
app.use(express.json());
app.post('/api/profiles/:username/follow', async (req, res) => {
  const { rows } = await pool.query('SELECT id, username, bio, image FROM users WHERE username = $1', [req.params.username]);
  if (!rows[0]) return res.status(404).json({ errors: { profile: ['not found'] } });
  await pool.query('INSERT INTO follows VALUES ($1, $2) ON CONFLICT DO NOTHING', [req.userId, rows[0].id]);
  res.json({ profile: { username: rows[0].username, bio: rows[0].bio, image: rows[0].image, following: true } });
});

migrate().then(() => app.listen(process.env.PORT || 3000));
