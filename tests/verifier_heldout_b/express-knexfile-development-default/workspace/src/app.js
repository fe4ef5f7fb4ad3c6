'use strict';
const express = require('express');
const { db } = require('./db.js');
const { hash, check, sign, authenticate } = require('./auth.js');

const app = express();
app.use(express.json());

const userJson = (u) => ({ user: { email: u.email, username: u.username, bio: u.bio, image: u.image, token: sign(u) } });

app.post('/api/users', async (req, res) => {
  const { email, username, password } = (req.body && req.body.user) || {};
  if (!email || !username || !password) return res.status(422).json({ errors: { body: ['missing fields'] } });
  const [id] = await db('users').insert({ email, username, password_hash: hash(password) }).returning('id');
  const user = await db('users').where({ id: id.id ?? id }).first();
  return res.status(201).json(userJson(user));
});

app.post('/api/users/login', async (req, res) => {
  const { email, password } = (req.body && req.body.user) || {};
  const user = await db('users').where({ email }).first();
  if (!user || !check(password || '', user.password_hash)) return res.status(401).json({ errors: { credentials: ['invalid'] } });
  return res.json(userJson(user));
});

app.get('/api/user', authenticate(true), async (req, res) => {
  res.json(userJson(await db('users').where({ id: req.userId }).first()));
});

app.get('/api/articles', authenticate(false), async (req, res) => {
  const limit = Number(req.query.limit) || 20;
  const offset = Number(req.query.offset) || 0;
  const base = db('articles').join('users', 'users.id', 'articles.author_id');
  if (req.query.author) base.where('users.username', req.query.author);
  const [{ count }] = await base.clone().count({ count: '*' });
  const rows = await base.select('articles.*', 'users.username', 'users.bio', 'users.image')
    .orderBy('articles.created_at', 'desc').limit(limit).offset(offset);
  res.json({
    articlesCount: Number(count),
    articles: rows.map((a) => ({
      slug: a.slug, title: a.title, description: a.description, body: a.body, tagList: JSON.parse(a.tag_list || '[]'),
      createdAt: new Date(a.created_at).toISOString(), updatedAt: new Date(a.updated_at).toISOString(),
      favorited: false, favoritesCount: 0,
      author: { username: a.username, bio: a.bio, image: a.image, following: false },
    })),
  });
});

app.get('/api/tags', async (_req, res) => {
  const rows = await db('articles').select('tag_list');
  res.json({ tags: [...new Set(rows.flatMap((r) => JSON.parse(r.tag_list || '[]')))] });
});

module.exports = { app };
