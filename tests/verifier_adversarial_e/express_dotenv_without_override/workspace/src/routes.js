const { Router } = require('express');

const router = Router();
router.get('/tags', (req, res) => {
  res.json({ tags: [] });
});
module.exports = router;
