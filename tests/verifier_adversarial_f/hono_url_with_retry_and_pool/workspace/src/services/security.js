'use strict';
const crypto = require('node:crypto');
const jwt = require('jsonwebtoken');
const config = require('../config');

const N = 16384;

function hashPassword(password) {
  const salt = crypto.randomBytes(16).toString('hex');
  const hash = crypto.scryptSync(password, salt, 64, { N, r: 8, p: 1 }).toString('hex');
  return `scrypt$${N}$8$1$${salt}$${hash}`;
}

function verifyPassword(password, stored) {
  const [, n, r, p, salt, hash] = String(stored).split('$');
  const candidate = crypto.scryptSync(password, salt, 64, { N: Number(n), r: Number(r), p: Number(p) });
  return crypto.timingSafeEqual(candidate, Buffer.from(hash, 'hex'));
}

const issueToken = (user) => jwt.sign({ sub: String(user.id) }, config.jwtSecret, { expiresIn: config.jwtTtl });

function readToken(header) {
  if (!header || !header.startsWith('Token ')) return null;
  try {
    return Number(jwt.verify(header.slice(6), config.jwtSecret).sub);
  } catch {
    return null;
  }
}

module.exports = { hashPassword, verifyPassword, issueToken, readToken };
