const express = require('express');

const router = express.Router();

router.get('/tags', async (req, res) => {
  res.json({ tags: await req.app.get('tagSource').list() });
});

module.exports = router;
