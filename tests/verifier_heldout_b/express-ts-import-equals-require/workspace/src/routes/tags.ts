// GET /api/tags, mounted next to the main router.
import express = require('express');
import repositories = require('../repositories/articles.js');

const tags = new repositories.ArticleRepository();

export const tagsRouter = express.Router();

tagsRouter.get('/tags', async (_req, res, next) => {
  try {
    res.json({ tags: await tags.allTags() });
  } catch (err) {
    next(err);
  }
});
