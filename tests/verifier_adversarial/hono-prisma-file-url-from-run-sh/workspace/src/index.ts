import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();
const app = new Hono().basePath('/api');

app.get('/health-check', (c) => c.json({ status: 'ok' }));

app.get('/profiles/:username', async (c) => {
  const user = await prisma.user.findUnique({ where: { username: c.req.param('username') } });
  if (!user) return c.json({ errors: { body: ['profile not found'] } }, 404);
  return c.json({ profile: { username: user.username, bio: user.bio, image: user.image, following: false } });
});

app.get('/articles', async (c) => {
  const limit = Number(c.req.query('limit') ?? 20);
  const offset = Number(c.req.query('offset') ?? 0);
  const [articles, articlesCount] = await prisma.$transaction([
    prisma.article.findMany({ orderBy: { createdAt: 'desc' }, take: limit, skip: offset, include: { author: true } }),
    prisma.article.count(),
  ]);
  return c.json({ articles, articlesCount });
});

serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 8080) });
