import bcrypt from 'bcryptjs';
import jwt from 'jsonwebtoken';
import { UnauthorizedError } from './errors.js';

export class PasswordHasher {
  hash(password: string) {
    return bcrypt.hash(password, 10);
  }

  verify(password: string, hash: string) {
    return bcrypt.compare(password, hash);
  }
}

export class TokenService {
  private readonly secret: string;
  constructor(secret: string) {
    this.secret = secret;
  }

  issue(user: { id: number; username: string }) {
    return jwt.sign({ sub: user.id, username: user.username }, this.secret, { expiresIn: '7d' });
  }

  /** The user id carried by a token; throws UnauthorizedError when the token is not ours. */
  verify(token: string): number {
    try {
      const payload = jwt.verify(token, this.secret) as any;
      return Number(payload.sub);
    } catch {
      throw new UnauthorizedError('invalid token');
    }
  }
}
