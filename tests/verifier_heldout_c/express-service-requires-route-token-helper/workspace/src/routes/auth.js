'use strict';
const jwt = require('jsonwebtoken');

const SECRET = process.env.JWT_SECRET || 'conduit-secret-change-me';

function signToken(user) {
  return jwt.sign({ sub: user.id }, SECRET, { expiresIn: '1d' });
}

function readToken(header) {
  return header && header.startsWith('Token ') ? header.slice(6) : null;
}

module.exports = { signToken, readToken };
