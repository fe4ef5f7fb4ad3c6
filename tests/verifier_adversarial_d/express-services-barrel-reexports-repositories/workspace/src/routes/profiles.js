const router = require('express').Router();
const { profileService, userRepository } = require('../services');
const toProfile = require('../models/profile');

router.get('/:username', async (req, res) => {
  const user = await userRepository.findByUsername(req.params.username);
  if (!user) return res.status(404).json({ errors: { body: ['profile not found'] } });
  res.json({ profile: toProfile(user) });
});
router.post('/:username/follow', async (req, res) => res.json({ profile: await profileService.follow(req.userId, req.params.username) }));
module.exports = router;
