const express = require('express');

const router = express.Router();

router.get('/tags', async (req, res) => {
  res.json({ tags: await req.app.get('tagService').list() });
});

module.exports = router;
