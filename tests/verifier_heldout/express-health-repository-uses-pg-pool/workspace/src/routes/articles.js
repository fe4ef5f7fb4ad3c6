const express = require('express');
const articleService = require('../services/articleService');
const authService = require('../services/authService');

const router = express.Router();

async function viewer(req) {
  const header = req.get('Authorization') || '';
  return header.startsWith('Token ') ? authService.userFromToken(header.slice(6)) : null;
}

const wrap = (fn) => (req, res, next) => Promise.resolve(fn(req, res, next)).catch(next);

router.get('/articles', wrap(async (req, res) => {
  const { tag, author, favorited } = req.query;
  const limit = Number(req.query.limit ?? 20);
  const offset = Number(req.query.offset ?? 0);
  res.json(await articleService.listArticles({ tag, author, favorited, limit, offset }, await viewer(req)));
}));

router.post('/articles', wrap(async (req, res) => {
  const user = await viewer(req);
  if (!user) return res.status(401).json({ errors: { body: ['unauthorized'] } });
  const article = await articleService.createArticle(user, req.body.article);
  res.status(201).json({ article });
}));

router.get('/articles/:slug', wrap(async (req, res) => {
  res.json({ article: await articleService.getArticle(req.params.slug, await viewer(req)) });
}));

router.delete('/articles/:slug', wrap(async (req, res) => {
  const user = await viewer(req);
  if (!user) return res.status(401).json({ errors: { body: ['unauthorized'] } });
  await articleService.deleteArticle(user, req.params.slug);
  res.json({});
}));

router.get('/tags', wrap(async (req, res) => {
  res.json({ tags: await articleService.listTags() });
}));

module.exports = router;
