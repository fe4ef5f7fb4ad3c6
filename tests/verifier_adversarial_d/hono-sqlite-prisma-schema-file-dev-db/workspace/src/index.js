import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();
const app = new Hono();

app.get('/api/articles/:slug', async (c) => {
  const article = await prisma.article.findUnique({ where: { slug: c.req.param('slug') } });
  return article ? c.json({ article }) : c.json({ errors: { body: ['not found'] } }, 404);
});

serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 8080) });
