const express = require('express');
const healthService = require('../services/healthService');

const router = express.Router();
router.get('/health-check', async (req, res) => res.json(await healthService.status()));

module.exports = router;
