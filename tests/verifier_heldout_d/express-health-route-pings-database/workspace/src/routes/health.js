'use strict';
const { Router } = require('express');
const { sequelize } = require('../repositories/db');

const healthRouter = Router();

healthRouter.get('/health', async (req, res) => {
  try {
    await sequelize.authenticate();
    res.json({ status: 'ok', database: 'up' });
  } catch (err) {
    res.status(503).json({ status: 'degraded', database: 'down', error: err.message });
  }
});

module.exports = { healthRouter };
