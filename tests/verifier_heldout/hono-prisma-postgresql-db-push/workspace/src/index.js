import { serve } from '@hono/node-server';
import { PrismaClient } from '@prisma/client';
import { Hono } from 'hono';

const prisma = new PrismaClient();
const app = new Hono();

app.get('/api/health-check', (c) => c.json({ status: 'ok' }));

app.get('/api/articles', async (c) => {
  const limit = Number(c.req.query('limit') ?? 20);
  const offset = Number(c.req.query('offset') ?? 0);
  const [articles, articlesCount] = await Promise.all([
    prisma.article.findMany({ include: { author: true }, orderBy: { createdAt: 'desc' }, take: limit, skip: offset }),
    prisma.article.count(),
  ]);
  return c.json({ articles, articlesCount });
});

serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 8080) });
