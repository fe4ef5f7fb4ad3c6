import Router from '@koa/router';
import Koa from 'koa';
import bodyParser from 'koa-bodyparser';
import { db } from './db.js';

const app = new Koa();
const router = new Router({ prefix: '/api' });

router.get('/health-check', (ctx) => {
  ctx.body = { status: 'ok' };
});

router.post('/articles', async (ctx) => {
  const { article } = ctx.request.body;
  const slug = article.title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const now = new Date().toISOString();
  const stored = { ...article, slug, createdAt: now, updatedAt: now, favoritedBy: [] };
  await db.update(({ articles }) => articles.push(stored));
  ctx.status = 201;
  ctx.body = { article: stored };
});

router.get('/articles', (ctx) => {
  const articles = [...db.data.articles].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  ctx.body = { articles, articlesCount: articles.length };
});

app.use(bodyParser()).use(router.routes());
app.listen(Number(process.env.PORT || 8080));
