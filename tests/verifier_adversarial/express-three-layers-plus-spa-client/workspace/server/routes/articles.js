'use strict';
const express = require('express');
const repo = require('../repositories/articleRepository');

const router = express.Router();
const slugify = (t) => `${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${Date.now().toString(36)}`;

router.get('/', (req, res) => {
  const all = repo.all();
  const offset = Number(req.query.offset || 0);
  const limit = Number(req.query.limit || 20);
  res.json({ articles: all.slice(offset, offset + limit), articlesCount: all.length });
});

router.post('/', (req, res) => {
  const { title, description, body, tagList } = req.body.article || {};
  if (!title || !description || !body) return res.status(422).json({ errors: { body: ['title, description and body are required'] } });
  return res.status(201).json({ article: repo.create({ slug: slugify(title), title, description, body, tagList, author: null }) });
});

router.get('/:slug', (req, res) => {
  const article = repo.findBySlug(req.params.slug);
  if (!article) return res.status(404).json({ errors: { body: ['article not found'] } });
  return res.json({ article });
});

module.exports = router;
