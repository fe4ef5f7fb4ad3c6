const express = require('express');

const router = express.Router();

router.get('/lookup/:username', async (req, res) => {
  const { UserRepository } = await import('../repositories/users.js');
  const user = await new UserRepository().findByUsername(req.params.username);
  res.json({ exists: Boolean(user) });
});

module.exports = router;
