const jwt = require('jsonwebtoken');
const { User } = require('../models');

async function requireUser(req, res, next) {
  const header = req.get('authorization') || '';
  const token = header.startsWith('Token ') ? header.slice(6) : null;
  if (!token) return res.status(401).json({ errors: { body: ['missing token'] } });
  try {
    const { id } = jwt.verify(token, process.env.JWT_SECRET || 'change-me');
    req.user = await User.findByPk(id);
  } catch (err) {
    req.user = null;
  }
  if (!req.user) return res.status(401).json({ errors: { body: ['invalid token'] } });
  return next();
}

module.exports = { requireUser };
