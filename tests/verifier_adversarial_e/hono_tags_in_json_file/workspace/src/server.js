import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { db } from './db.js';
import { addTags, allTags } from './tagStore.js';

const app = new Hono();

app.post('/api/articles', async (c) => {
  const { article } = await c.req.json();
  const slug = article.title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  db.prepare('INSERT INTO articles (slug, title, description, body, author_id) VALUES (?, ?, ?, ?, ?)')
    .run(slug, article.title, article.description, article.body, 1);
  addTags(article.tagList);
  return c.json({ article: { ...article, slug } }, 201);
});

app.get('/api/tags', (c) => c.json({ tags: allTags() }));

serve({ fetch: app.fetch, port: Number(process.env.PORT) || 3000 });
