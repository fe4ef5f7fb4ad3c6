const express = require('express');
const { getDb } = require('./db');

const app = express();
app.use(express.json());

app.get('/api/tags', async (req, res, next) => {
  try {
    const db = await getDb();
    const rows = await db.all('SELECT DISTINCT name FROM tags ORDER BY name');
    res.json({ tags: rows.map((r) => r.name) });
  } catch (e) { next(e); }
});

app.listen(process.env.PORT || 3000);
