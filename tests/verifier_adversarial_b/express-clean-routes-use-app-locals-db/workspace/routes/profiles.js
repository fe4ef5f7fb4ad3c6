const { Router } = require('express');
const profileService = require('../services/profileService');

const router = Router();
router.get('/:username', (req, res) => {
  const profile = profileService.get(req.params.username);
  if (!profile) return res.status(404).json({ errors: { profile: ['not found'] } });
  res.json({ profile });
});
module.exports = router;
