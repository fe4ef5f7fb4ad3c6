import { sign, verify } from 'hono/jwt';
import bcrypt from 'bcryptjs';

const SECRET = process.env.JWT_SECRET || 'conduit-dev-secret';

export function signToken(user) {
  const exp = Math.floor(Date.now() / 1000) + 30 * 24 * 3600;
  return sign({ id: user.id, username: user.username, exp }, SECRET);
}

export async function verifyToken(token) {
  try {
    return await verify(token, SECRET, 'HS256');
  } catch {
    return null;
  }
}

export function hashPassword(password) {
  return bcrypt.hash(password, 10);
}

export function checkPassword(password, hash) {
  return bcrypt.compare(password, hash);
}
