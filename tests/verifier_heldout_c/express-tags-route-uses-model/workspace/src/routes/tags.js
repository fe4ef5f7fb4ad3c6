'use strict';
const express = require('express');
const { Tag } = require('../models');

const router = express.Router();

// read-only and trivial: no need for a service round-trip
router.get('/tags', async (req, res, next) => {
  try {
    const tags = await Tag.findAll({ attributes: ['name'], order: [['name', 'ASC']] });
    res.json({ tags: tags.map((t) => t.name) });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
