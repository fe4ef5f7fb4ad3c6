'use strict';
const crypto = require('node:crypto');
const jwt = require('jsonwebtoken');

const ITERATIONS = 100000;

function hashPassword(password) {
  const salt = crypto.randomBytes(16).toString('base64');
  const hash = crypto.pbkdf2Sync(password, salt, ITERATIONS, 32, 'sha256').toString('base64');
  return `pbkdf2_sha256$${ITERATIONS}$${salt}$${hash}`;
}

function verifyPassword(password, stored) {
  const [, rounds, salt, hash] = stored.split('$');
  const candidate = crypto.pbkdf2Sync(password, salt, Number(rounds), 32, 'sha256').toString('base64');
  return crypto.timingSafeEqual(Buffer.from(candidate), Buffer.from(hash));
}

function signToken(userId, secret) {
  return jwt.sign({ sub: userId }, secret, { expiresIn: '1d' });
}

function readToken(token, secret) {
  try {
    return jwt.verify(token, secret).sub;
  } catch {
    return null;
  }
}

module.exports = { hashPassword, verifyPassword, signToken, readToken };
