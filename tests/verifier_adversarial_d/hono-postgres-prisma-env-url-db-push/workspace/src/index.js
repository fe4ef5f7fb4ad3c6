import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();
const app = new Hono();

app.get('/api/articles/:id/comments', async (c) => {
  const comments = await prisma.comment.findMany({ where: { articleId: Number(c.req.param('id')) }, orderBy: { createdAt: 'desc' } });
  return c.json({ comments });
});

serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 8080) });
