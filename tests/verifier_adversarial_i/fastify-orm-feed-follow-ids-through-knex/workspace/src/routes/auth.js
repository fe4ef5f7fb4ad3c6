'use strict';

const { userService } = require('../services/userService');
const { UnauthorizedError } = require('../services/errors');

function tokenOf(request) {
  const [scheme, value] = (request.headers.authorization || '').split(' ');
  return (scheme === 'Token' || scheme === 'Bearer') && value ? value : null;
}

async function authOptional(request) {
  request.token = tokenOf(request);
  request.user = await userService.fromToken(request.token);
}

async function authRequired(request) {
  request.token = tokenOf(request);
  if (!request.token) throw new UnauthorizedError();
  request.user = await userService.fromToken(request.token);
}

module.exports = { authOptional, authRequired };
