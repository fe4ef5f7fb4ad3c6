'use strict';
const userService = require('../services/users');

const wrap = (handler) => (req, res, next) => Promise.resolve(handler(req, res, next)).catch(next);

const authRequired = wrap(async (req, res, next) => {
  req.user = await userService.authenticate(req.headers.authorization);
  req.token = req.headers.authorization.slice(6).trim();
  next();
});

const authOptional = wrap(async (req, res, next) => {
  req.user = await userService.optionalUser(req.headers.authorization);
  next();
});

function errorHandler(err, req, res, next) {
  if (err && err.status && typeof err.toJSON === 'function') return res.status(err.status).json(err.toJSON());
  if (err instanceof SyntaxError) return res.status(422).json({ errors: { body: ['invalid JSON'] } });
  console.error(err);
  return res.status(500).json({ errors: { body: ['internal error'] } });
}

module.exports = { wrap, authRequired, authOptional, errorHandler };
