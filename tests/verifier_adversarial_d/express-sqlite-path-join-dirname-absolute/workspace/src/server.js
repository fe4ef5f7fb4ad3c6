const express = require('express');
const db = require('./db');

const app = express();
app.use(express.json());
app.get('/api/tags', (req, res) => res.json({ tags: db.prepare('SELECT name FROM tags ORDER BY name').pluck().all() }));
app.listen(process.env.PORT || 8080);
