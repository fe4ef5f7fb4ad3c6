import crypto from 'node:crypto';
import jwt from 'jsonwebtoken';

const SECRET = process.env.JWT_SECRET || 'conduit-dev-secret';

export function hashPassword(password) {
  const salt = crypto.randomBytes(16).toString('hex');
  const hash = crypto.scryptSync(password, salt, 32).toString('hex');
  return `${salt}:${hash}`;
}

export function verifyPassword(password, stored) {
  const [salt, hash] = String(stored).split(':');
  const candidate = crypto.scryptSync(password, salt, 32);
  const expected = Buffer.from(hash, 'hex');
  return candidate.length === expected.length && crypto.timingSafeEqual(candidate, expected);
}

export function signToken(userId) {
  return jwt.sign({ sub: String(userId) }, SECRET, { expiresIn: '7d' });
}

export function verifyToken(token) {
  try {
    return Number(jwt.verify(token, SECRET).sub);
  } catch {
    return null;
  }
}

export function tokenFromHeader(header) {
  if (!header) return null;
  const [scheme, value] = header.split(' ');
  if ((scheme !== 'Token' && scheme !== 'Bearer') || !value) return null;
  return value.trim();
}
