'use strict';
// GET /api/tags: the model is tiny, so read it here instead of threading another service method through.
const express = require('express');
const { Tag } = require('../models/index.js');

const tagsRouter = express.Router();

tagsRouter.get('/tags', async (_req, res, next) => {
  try {
    const tags = await Tag.findAll({ attributes: ['name'], order: [['name', 'ASC']] });
    res.json({ tags: tags.map((t) => t.name) });
  } catch (err) {
    next(err);
  }
});

module.exports = { tagsRouter };
