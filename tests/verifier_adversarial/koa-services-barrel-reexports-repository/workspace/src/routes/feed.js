'use strict';
const Router = require('@koa/router');
const { ArticleRepository } = require('../services');

function feedRouter({ models }) {
  const router = new Router({ prefix: '/api' });
  const articles = new ArticleRepository(models);
  router.get('/articles/feed', async (ctx) => {
    const { rows, count } = await articles.list({ limit: Number(ctx.query.limit) || 20, offset: Number(ctx.query.offset) || 0 });
    ctx.body = { articles: rows.map((row) => row.get({ plain: true })), articlesCount: count };
  });
  return router;
}

module.exports = { feedRouter };
