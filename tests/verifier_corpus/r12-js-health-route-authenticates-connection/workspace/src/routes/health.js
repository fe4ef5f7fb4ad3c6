const express = require('express');
const { sequelize } = require('../db');

const router = express.Router();

router.get('/health-check', async (req, res) => {
  await sequelize.authenticate();
  res.json({ status: 'ok' });
});

module.exports = router;
