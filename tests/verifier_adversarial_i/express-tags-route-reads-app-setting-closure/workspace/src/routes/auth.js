'use strict';

const { userService } = require('../services/userService');
const { UnauthorizedError } = require('../services/errors');

function tokenOf(req) {
  const [scheme, value] = (req.headers.authorization || '').split(' ');
  return (scheme === 'Token' || scheme === 'Bearer') && value ? value : null;
}

function authOptional(req, res, next) {
  req.token = tokenOf(req);
  userService.fromToken(req.token).then((user) => { req.user = user; next(); }, next);
}

function authRequired(req, res, next) {
  req.token = tokenOf(req);
  if (!req.token) return next(new UnauthorizedError());
  userService.fromToken(req.token).then((user) => { req.user = user; next(); }, next);
}

module.exports = { authOptional, authRequired };
