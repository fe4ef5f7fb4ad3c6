'use strict';

const { Hono } = require('hono');

function articleRoutes(articles, auth) {
  const app = new Hono();

  app.get('/articles', auth.optional, async (c) => c.json(await articles.list(c.req.query(), c.get('userId'))));

  app.get('/articles/feed', auth.required, async (c) => c.json(await articles.feed(c.get('userId'), c.req.query())));

  app.post('/articles', auth.required, async (c) => {
    const body = await c.req.json();
    return c.json({ article: await articles.create(c.get('userId'), body?.article) }, 201);
  });

  app.get('/articles/:slug', auth.optional, async (c) =>
    c.json({ article: await articles.get(c.req.param('slug'), c.get('userId')) }),
  );

  app.put('/articles/:slug', auth.required, async (c) => {
    const body = await c.req.json();
    return c.json({ article: await articles.update(c.req.param('slug'), c.get('userId'), body?.article) });
  });

  app.delete('/articles/:slug', auth.required, async (c) => {
    await articles.remove(c.req.param('slug'), c.get('userId'));
    return c.json({});
  });

  app.post('/articles/:slug/favorite', auth.required, async (c) =>
    c.json({ article: await articles.favorite(c.req.param('slug'), c.get('userId')) }),
  );

  app.delete('/articles/:slug/favorite', auth.required, async (c) =>
    c.json({ article: await articles.unfavorite(c.req.param('slug'), c.get('userId')) }),
  );

  app.get('/tags', async (c) => c.json({ tags: await articles.tags() }));

  return app;
}

module.exports = { articleRoutes };
