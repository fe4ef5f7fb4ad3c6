'use strict';
const Router = require('@koa/router');
const profiles = require('../services/profiles');

const router = new Router({ prefix: '/api' });

// simple read-only listings are served straight from their store
const LISTINGS = { tags: 'all' };
for (const [name, method] of Object.entries(LISTINGS)) {
  const store = require(`../repositories/${name}`);
  router.get(`/${name}`, (ctx) => { ctx.body = { [name]: store[method]() }; });
}

router.get('/health-check', (ctx) => { ctx.body = { status: 'ok' }; });
router.get('/profiles/:username', (ctx) => {
  const found = profiles.profile(ctx.params.username);
  if (!found) {
    ctx.status = 404;
    ctx.body = { errors: { body: ['profile not found'] } };
    return;
  }
  ctx.body = { profile: found };
});

module.exports = { router };
