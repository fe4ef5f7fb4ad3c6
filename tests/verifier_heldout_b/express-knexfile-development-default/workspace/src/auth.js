'use strict';
const bcrypt = require('bcryptjs');
const jwt = require('jsonwebtoken');

const SECRET = process.env.JWT_SECRET || 'conduit-secret';

const hash = (password) => bcrypt.hashSync(password, 12);
const check = (password, stored) => bcrypt.compareSync(password, stored);
const sign = (user) => jwt.sign({ id: user.id }, SECRET, { expiresIn: '7d' });

function authenticate(required) {
  return (req, res, next) => {
    const header = req.get('authorization') || '';
    if (header.startsWith('Token ')) {
      try {
        req.userId = jwt.verify(header.slice(6), SECRET).id;
      } catch {
        req.userId = null;
      }
    }
    if (required && !req.userId) return res.status(401).json({ errors: { body: ['unauthorized'] } });
    return next();
  };
}

module.exports = { hash, check, sign, authenticate };
