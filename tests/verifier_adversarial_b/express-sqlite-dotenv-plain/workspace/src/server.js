import express from 'express';
import { db, migrate } from './db.js';

migrate();
const app = express();
app.use(express.json());
app.get('/api/users/:id/favorites', (req, res) => {
  res.json({ favorites: db.prepare('SELECT article_id FROM favorites WHERE user_id = ?').all(req.params.id) });
});
app.listen(process.env.PORT ?? 3000);
