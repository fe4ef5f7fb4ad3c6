const router = require('express').Router();
const tags = require('../services/tags');
router.get('/tags', async (req, res) => res.json({ tags: await tags.list() }));
module.exports = router;
