'use strict';
const Koa = require('koa');
const Router = require('@koa/router');
const { bodyParser } = require('@koa/bodyparser');
const bcrypt = require('bcryptjs');
const jwt = require('jsonwebtoken');
const { prisma } = require('./db.js');

const SECRET = process.env.JWT_SECRET || 'dev';
const app = new Koa();
const router = new Router({ prefix: '/api' });
const userJson = (u) => ({ user: { email: u.email, username: u.username, bio: u.bio, image: u.image, token: jwt.sign({ id: u.id }, SECRET) } });

router.post('/users', async (ctx) => {
  const { email, username, password } = ctx.request.body.user || {};
  const user = await prisma.user.create({ data: { email, username, passwordHash: await bcrypt.hash(password, 12) } });
  ctx.status = 201;
  ctx.body = userJson(user);
});

router.post('/users/login', async (ctx) => {
  const { email, password } = ctx.request.body.user || {};
  const user = await prisma.user.findUnique({ where: { email } });
  if (!user || !(await bcrypt.compare(password || '', user.passwordHash))) {
    ctx.status = 401;
    ctx.body = { errors: { credentials: ['invalid'] } };
    return;
  }
  ctx.body = userJson(user);
});

router.get('/articles', async (ctx) => {
  const where = ctx.query.author ? { author: { username: ctx.query.author } } : {};
  const [rows, count] = await Promise.all([
    prisma.article.findMany({ where, include: { author: true }, orderBy: { createdAt: 'desc' },
      take: Number(ctx.query.limit) || 20, skip: Number(ctx.query.offset) || 0 }),
    prisma.article.count({ where }),
  ]);
  ctx.body = {
    articlesCount: count,
    articles: rows.map((a) => ({ slug: a.slug, title: a.title, description: a.description, body: a.body, tagList: JSON.parse(a.tagList),
      createdAt: a.createdAt, updatedAt: a.updatedAt, favorited: false, favoritesCount: 0,
      author: { username: a.author.username, bio: a.author.bio, image: a.author.image, following: false } })),
  };
});

router.get('/tags', async (ctx) => {
  const rows = await prisma.article.findMany({ select: { tagList: true } });
  ctx.body = { tags: [...new Set(rows.flatMap((r) => JSON.parse(r.tagList)))] };
});

app.use(bodyParser());
app.use(router.routes()).use(router.allowedMethods());
app.listen(Number(process.env.PORT || 3000));
