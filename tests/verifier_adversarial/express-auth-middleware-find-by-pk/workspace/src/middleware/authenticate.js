'use strict';
// Resolves `Authorization: Token <jwt>` to the current user record.
const jwt = require('jsonwebtoken');

function authenticate({ models, secret, required = true }) {
  return async (req, res, next) => {
    const header = req.get('authorization') || '';
    if (!header.startsWith('Token ')) {
      if (!required) return next();
      return res.status(401).json({ errors: { body: ['missing token'] } });
    }
    try {
      const { sub } = jwt.verify(header.slice(6), secret);
      const user = await models.User.findByPk(sub);
      if (!user) return res.status(401).json({ errors: { body: ['token names no user'] } });
      req.user = user;
      return next();
    } catch {
      return res.status(401).json({ errors: { body: ['invalid token'] } });
    }
  };
}

module.exports = { authenticate };
