import type { Request } from 'express';
import jwt from 'jsonwebtoken';
import { userRepository } from '../repositories/user.repository';
import type { User } from '../models/User';

const SECRET = process.env.JWT_SECRET ?? 'dev';

export class AuthService {
  async currentUser(req: Request): Promise<User | null> {
    const header = req.headers.authorization ?? '';
    const [scheme, token] = header.split(' ');
    if (scheme !== 'Token' || !token) return null;
    const { id } = jwt.verify(token, SECRET) as { id: number };
    return userRepository.findById(id);
  }
}
