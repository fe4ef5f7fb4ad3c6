const router = require('express').Router();
const sequelize = require('../db');

router.get('/healthz', async (req, res) => {
  try {
    await sequelize.authenticate();
    res.json({ status: 'ok' });
  } catch (e) {
    res.status(503).json({ status: 'down' });
  }
});
module.exports = router;
