const fp = require('fastify-plugin');

// tags are small and read on every list call: keep them next to the process
module.exports = fp(async (app) => {
  const byArticle = new Map();
  const all = new Set();
  app.decorate('tags', {
    set(articleId, list) { byArticle.set(articleId, [...new Set(list)]); list.forEach((t) => all.add(t)); },
    of(articleId) { return byArticle.get(articleId) ?? []; },
    all() { return [...all].sort(); },
  });
});
