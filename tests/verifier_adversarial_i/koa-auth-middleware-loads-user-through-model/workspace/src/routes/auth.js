'use strict';

const { User } = require('../models/index');
const { verifyToken } = require('../services/auth');
const { UnauthorizedError } = require('../services/errors');

function tokenOf(ctx) {
  const [scheme, value] = (ctx.get('Authorization') || '').split(' ');
  return (scheme === 'Token' || scheme === 'Bearer') && value ? value : null;
}

async function resolveUser(token) {
  if (!token) return null;
  const payload = verifyToken(token);
  const user = payload && (await User.findByPk(payload.id, { include: [{ association: 'following', attributes: ['id'] }] }));
  if (!user) throw new UnauthorizedError();
  return user;
}

async function authOptional(ctx, next) {
  ctx.state.token = tokenOf(ctx);
  ctx.state.user = await resolveUser(ctx.state.token);
  await next();
}

async function authRequired(ctx, next) {
  ctx.state.token = tokenOf(ctx);
  if (!ctx.state.token) throw new UnauthorizedError();
  ctx.state.user = await resolveUser(ctx.state.token);
  await next();
}

module.exports = { authOptional, authRequired };
