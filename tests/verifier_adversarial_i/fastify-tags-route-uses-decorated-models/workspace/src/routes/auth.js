import { userService } from '../services/userService.js';
import { UnauthorizedError } from '../services/errors.js';

function tokenOf(request) {
  const [scheme, value] = (request.headers.authorization || '').split(' ');
  return (scheme === 'Token' || scheme === 'Bearer') && value ? value : null;
}

export async function authOptional(request) {
  request.token = tokenOf(request);
  request.user = await userService.fromToken(request.token);
}

export async function authRequired(request) {
  request.token = tokenOf(request);
  if (!request.token) throw new UnauthorizedError();
  request.user = await userService.fromToken(request.token);
}
