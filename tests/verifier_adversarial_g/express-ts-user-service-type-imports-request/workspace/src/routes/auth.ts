import type { Response, NextFunction } from 'express';
import type { UserService } from '../services/user.service.js';

/** Authentication middleware: the user id in req.userId, or null for anonymous requests. */
export function authMiddleware(users: UserService) {
  const optional = (req: any, _res: Response, next: NextFunction) => {
    req.userId = users.callerOf(req);
    next();
  };
  const required = (req: any, res: Response, next: NextFunction) => {
    const userId = users.callerOf(req);
    if (userId === null) return res.status(401).json({ errors: { body: ['missing authorization token'] } });
    req.userId = userId;
    next();
  };
  return { optional, required };
}
