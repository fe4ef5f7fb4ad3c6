const express = require('express');
const db = require('./db');
const config = require('./config');

const app = express();
app.use(express.json());

app.get('/api/profiles/:username', (req, res) => {
  const user = db.prepare('SELECT username, bio, image FROM users WHERE username = ?').get(req.params.username);
  if (!user) return res.status(404).json({ errors: { profile: ['not found'] } });
  res.json({ profile: { ...user, following: false } });
});

app.listen(config.port);
