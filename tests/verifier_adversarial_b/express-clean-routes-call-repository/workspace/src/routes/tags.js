const { Router } = require('express');
// tags have no business logic: read them straight from the repository
const tagRepository = require('../repositories/tagRepository');

const router = Router();
router.get('/', (_req, res) => res.json({ tags: tagRepository.all().map((t) => t.name) }));
module.exports = router;
