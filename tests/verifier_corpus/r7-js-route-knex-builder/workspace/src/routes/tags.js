const express = require('express');
const db = require('../db');

const router = express.Router();

router.get('/tags/:name', async (req, res) => {
  res.json(await db('tags').where({ name: req.params.name }).first());
});

module.exports = router;
