const Router = require('@koa/router');
const articles = require('../services/articles');
const router = new Router({ prefix: '/api' });
router.post('/articles', async (ctx) => {
  try {
    ctx.body = { article: await articles.create(ctx.request.body.article || {}) };
    ctx.status = 201;
  } catch (e) {
    if (!(e instanceof articles.ValidationError)) throw e;
    ctx.status = 422;
    ctx.body = { errors: { title: [e.message] } };
  }
});
module.exports = router;
