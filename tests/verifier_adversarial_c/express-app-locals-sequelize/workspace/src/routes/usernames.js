const express = require('express');

const router = express.Router();

router.get('/usernames', async (req, res) => {
  const { User } = req.app.locals.db.models;
  const users = await User.findAll({ attributes: ['username'], order: [['username', 'ASC']] });
  res.json({ usernames: users.map((u) => u.username) });
});

module.exports = router;
