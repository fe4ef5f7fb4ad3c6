const express = require('express');
const Database = require('better-sqlite3');

const db = new Database(process.env.SQLITE_PATH);
db.exec('CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, username TEXT UNIQUE, email TEXT UNIQUE, password TEXT, bio TEXT, image TEXT)');

const app = express();
app.use(express.json());
app.get('/api/profiles/:username', (req, res) => {
  const u = db.prepare('SELECT username, bio, image FROM users WHERE username = ?').get(req.params.username);
  if (!u) return res.status(404).json({ errors: { profile: ['not found'] } });
  res.json({ profile: { ...u, following: false } });
});
app.listen(process.env.PORT || 3000);
