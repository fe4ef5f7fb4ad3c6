const { Router } = require('express');
const profileService = require('../services/profileService');

const router = Router();
router.get('/:username', async (req, res) => {
  try {
    res.json({ profile: await profileService.get(req.params.username) });
  } catch (err) {
    res.status(err.status || 500).json({ errors: { [err.key || 'server']: [err.message] } });
  }
});
module.exports = router;
