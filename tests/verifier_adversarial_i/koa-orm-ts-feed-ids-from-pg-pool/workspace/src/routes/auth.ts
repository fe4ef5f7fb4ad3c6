import { userService } from '../services/userService.js';
import { UnauthorizedError } from '../services/errors.js';

function tokenOf(ctx) {
  const [scheme, value] = (ctx.get('Authorization') || '').split(' ');
  return (scheme === 'Token' || scheme === 'Bearer') && value ? value : null;
}

export async function authOptional(ctx, next) {
  ctx.state.token = tokenOf(ctx);
  ctx.state.user = await userService.fromToken(ctx.state.token);
  await next();
}

export async function authRequired(ctx, next) {
  ctx.state.token = tokenOf(ctx);
  if (!ctx.state.token) throw new UnauthorizedError();
  ctx.state.user = await userService.fromToken(ctx.state.token);
  await next();
}
