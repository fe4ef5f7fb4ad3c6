const express = require('express');
const { requireUser } = require('./auth');

const router = express.Router();
router.get('/user', requireUser, (req, res) => {
  const { email, username, bio, image } = req.user;
  res.json({ user: { email, username, bio, image, token: req.get('authorization').slice(6) } });
});

module.exports = router;
