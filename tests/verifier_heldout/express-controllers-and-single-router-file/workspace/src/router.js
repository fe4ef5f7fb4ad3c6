const express = require('express');
const articles = require('./controllers/articleController');

const router = express.Router();
const h = (fn) => (req, res, next) => Promise.resolve(fn(req, res)).catch(next);

router.get('/articles', h(articles.list));
router.post('/articles', h(articles.create));
router.get('/articles/:slug', h(articles.show));
router.get('/tags', h(articles.tags));

module.exports = router;
