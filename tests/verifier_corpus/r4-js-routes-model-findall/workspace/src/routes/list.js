const express = require('express');
const { Article } = require('../models/article');

const router = express.Router();
router.get('/articles', async (req, res) => res.json({ articles: await Article.findAll() }));
module.exports = router;
