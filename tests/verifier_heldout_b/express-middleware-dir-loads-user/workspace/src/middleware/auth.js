'use strict';
// Resolves `Authorization: Token <jwt>` to req.user for every request.
const jwt = require('jsonwebtoken');
const { User } = require('../models/index.js');

const SECRET = process.env.JWT_SECRET;

async function loadUser(req, _res, next) {
  req.user = null;
  const header = req.get('authorization') || '';
  if (header.startsWith('Token ')) {
    try {
      const { sub } = jwt.verify(header.slice(6).trim(), SECRET);
      req.user = await User.findByPk(Number(sub));
    } catch {
      req.user = null;
    }
  }
  next();
}

module.exports = { loadUser };
