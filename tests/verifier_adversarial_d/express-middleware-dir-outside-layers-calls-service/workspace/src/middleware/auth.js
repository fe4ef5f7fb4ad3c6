const authService = require('../services/authService');

exports.authenticate = async (req, res, next) => {
  const header = req.get('authorization');
  if (!header) return next();
  try {
    req.user = await authService.userFromToken(header.replace(/^Token\s+/, ''));
    next();
  } catch {
    res.status(401).json({ errors: { body: ['invalid token'] } });
  }
};
