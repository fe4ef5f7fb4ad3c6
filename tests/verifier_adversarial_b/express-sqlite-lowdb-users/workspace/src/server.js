import express from 'express';
import bcrypt from 'bcryptjs';
import { addUser } from './users-store.js';
import { db } from './db.js';

const app = express();
app.use(express.json());
app.post('/api/users', async (req, res) => {
  const { username, email, password } = req.body.user;
  await addUser({ username, email, password: await bcrypt.hash(password, 10), bio: null, image: null });
  res.status(201).json({ user: { username, email } });
});
app.get('/api/articles', (_req, res) => {
  const articles = db.prepare('SELECT slug, title FROM articles').all();
  res.json({ articles, articlesCount: articles.length });
});
app.listen(process.env.PORT || 3000);
