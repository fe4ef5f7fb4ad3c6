import { serve } from '@hono/node-server';
import { PrismaClient } from '@prisma/client';
import { Hono } from 'hono';

const prisma = new PrismaClient();
const app = new Hono();

app.get('/api/health-check', (c) => c.json({ status: 'ok' }));
app.get('/api/tags', async (c) => c.json({ tags: (await prisma.tag.findMany({ orderBy: { name: 'asc' } })).map((t) => t.name) }));
app.get('/api/articles', async (c) => {
  const articles = await prisma.article.findMany({ orderBy: { createdAt: 'desc' } });
  return c.json({ articles, articlesCount: articles.length });
});

serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 8080) });
