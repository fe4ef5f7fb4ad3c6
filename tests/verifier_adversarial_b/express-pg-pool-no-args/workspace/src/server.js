const express = require('express');
const { pool, migrate } = require('./db');

const app = express();
app.use(express.json());
app.get('/api/profiles/:username', async (req, res, next) => {
  try {
    const { rows } = await pool.query('SELECT username, bio, image FROM users WHERE username = $1', [req.params.username]);
    if (!rows[0]) return res.status(404).json({ errors: { profile: ['not found'] } });
    res.json({ profile: { ...rows[0], following: false } });
  } catch (e) { next(e); }
});

migrate().then(() => app.listen(Number(process.env.PORT) || 3000));
