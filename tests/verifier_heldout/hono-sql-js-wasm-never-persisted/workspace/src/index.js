import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { db } from './db.js';

const app = new Hono();

app.get('/api/health-check', (c) => c.json({ status: 'ok' }));

app.post('/api/articles', async (c) => {
  const { article } = await c.req.json();
  const slug = article.title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  db.run('INSERT INTO articles (slug, title, body) VALUES (?, ?, ?)', [slug, article.title, article.body]);
  return c.json({ article: { slug, title: article.title, body: article.body } }, 201);
});

app.get('/api/articles', (c) => {
  const stmt = db.prepare('SELECT slug, title, body, created_at AS createdAt FROM articles ORDER BY id DESC');
  const articles = [];
  while (stmt.step()) articles.push(stmt.getAsObject());
  stmt.free();
  return c.json({ articles, articlesCount: articles.length });
});

serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 8080) });
