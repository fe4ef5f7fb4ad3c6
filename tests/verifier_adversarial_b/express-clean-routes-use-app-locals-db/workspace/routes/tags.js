const { Router } = require('express');

const router = Router();
router.get('/', (req, res) => {
  const rows = req.app.locals.db.prepare('SELECT DISTINCT name FROM tags ORDER BY name').all();
  res.json({ tags: rows.map((r) => r.name) });
});
module.exports = router;
