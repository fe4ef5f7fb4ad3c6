import { userService } from '../services/userService.js';
import { UnauthorizedError } from '../services/errors.js';

function tokenOf(req) {
  const [scheme, value] = (req.headers.authorization || '').split(' ');
  return (scheme === 'Token' || scheme === 'Bearer') && value ? value : null;
}

export function authOptional(req, res, next) {
  req.token = tokenOf(req);
  userService.fromToken(req.token).then((user) => { req.user = user; next(); }, next);
}

export function authRequired(req, res, next) {
  req.token = tokenOf(req);
  if (!req.token) return next(new UnauthorizedError());
  userService.fromToken(req.token).then((user) => { req.user = user; next(); }, next);
}
