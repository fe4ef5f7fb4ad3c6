const express = require('express');
const { db, dbPath } = require('./db');

const app = express();
app.use(express.json());
app.get('/api/tags', (_req, res) => {
  res.json({ tags: db.prepare('SELECT DISTINCT name FROM tags ORDER BY name').all().map((r) => r.name) });
});
app.listen(process.env.PORT || 3000, () => console.log(`conduit on ${process.env.PORT || 3000}, db ${dbPath}`));
