'use strict';
const Koa = require('koa');
const Router = require('@koa/router');
const { bodyParser } = require('@koa/bodyparser');
const { sequelize } = require('./models/index.js');
const users = require('./controllers/users.js');
const articles = require('./controllers/articles.js');

const router = new Router({ prefix: '/api' });
router.post('/users', users.register);
router.post('/users/login', users.login);
router.get('/user', users.current);
router.get('/articles', articles.list);
router.post('/articles', articles.create);
router.get('/articles/:slug', articles.get);
router.delete('/articles/:slug', articles.remove);
router.get('/tags', articles.tags);

const app = new Koa();
app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    ctx.status = err.status || 500;
    ctx.body = { errors: { body: [err.expose ? err.message : 'internal server error'] } };
  }
});
app.use(bodyParser());
app.use(router.routes()).use(router.allowedMethods());

module.exports = { app, sequelize };
