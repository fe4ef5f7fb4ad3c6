const express = require('express');
const { Article } = require('../models/article');

const router = express.Router();
router.get('/articles/:slug', async (req, res) => res.json({ article: await Article.findOne({ where: { slug: req.params.slug } }) }));
module.exports = router;
