const express = require('express');
const config = require('./config');
const db = require('./db');

const app = express();
app.use(express.json());
app.get('/api/articles/:slug/comments', (req, res) => {
  db.all('SELECT id, body FROM comments', (err, rows) => {
    if (err) return res.status(500).json({ errors: { db: [err.message] } });
    res.json({ comments: rows });
  });
});
app.listen(config.port);
