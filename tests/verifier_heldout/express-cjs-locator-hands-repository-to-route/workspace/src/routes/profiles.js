const express = require('express');
const container = require('../container');

const router = express.Router();

router.get('/profiles/:username', async (req, res, next) => {
  try {
    const users = container.resolve('userRepository');
    const user = await users.findByUsername(req.params.username);
    if (!user) return res.status(404).json({ errors: { body: ['profile not found'] } });
    res.json({ profile: { username: user.username, bio: user.bio, image: user.image, following: false } });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
