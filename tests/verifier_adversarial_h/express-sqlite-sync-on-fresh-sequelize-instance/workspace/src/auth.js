'use strict';

const crypto = require('node:crypto');
const jwt = require('jsonwebtoken');

const SECRET = process.env.JWT_SECRET || 'conduit-dev-secret';

function hashPassword(password) {
  const salt = crypto.randomBytes(16).toString('hex');
  const hash = crypto.scryptSync(password, salt, 32).toString('hex');
  return `${salt}:${hash}`;
}

function verifyPassword(password, stored) {
  const [salt, hash] = String(stored).split(':');
  const candidate = crypto.scryptSync(password, salt, 32);
  const expected = Buffer.from(hash, 'hex');
  return candidate.length === expected.length && crypto.timingSafeEqual(candidate, expected);
}

function signToken(userId) {
  return jwt.sign({ sub: String(userId) }, SECRET, { expiresIn: '7d' });
}

function verifyToken(token) {
  try {
    return Number(jwt.verify(token, SECRET).sub);
  } catch {
    return null;
  }
}

function tokenFromHeader(header) {
  if (!header) return null;
  const [scheme, value] = header.split(' ');
  if ((scheme !== 'Token' && scheme !== 'Bearer') || !value) return null;
  return value.trim();
}

module.exports = { hashPassword, verifyPassword, signToken, verifyToken, tokenFromHeader };
