const express = require('express');
const pool = require('./lib/pool');
const ensureSchema = require('./lib/schema');

const app = express();
app.use(express.json());

app.delete('/api/profiles/:username/follow', async (req, res) => {
  const { rows } = await pool.query('SELECT id, username, bio, image FROM users WHERE username = $1', [req.params.username]);
  if (!rows[0]) return res.status(404).json({ errors: { profile: ['not found'] } });
  await pool.query('DELETE FROM follows WHERE follower_id = $1 AND followed_id = $2', [req.userId, rows[0].id]);
  res.json({ profile: { username: rows[0].username, bio: rows[0].bio, image: rows[0].image, following: false } });
});

ensureSchema().then(() => app.listen(process.env.PORT || 3000));
