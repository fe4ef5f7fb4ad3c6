import { AppError, userService } from '../services/index.js';

export const wrap = (handler) => (req, res, next) => Promise.resolve(handler(req, res, next)).catch(next);

export const authRequired = wrap(async (req, res, next) => {
  req.user = await userService.authenticate(req.headers.authorization);
  req.token = req.headers.authorization.slice(6).trim();
  next();
});

export const authOptional = wrap(async (req, res, next) => {
  req.user = await userService.optionalUser(req.headers.authorization);
  next();
});

export function errorHandler(err, req, res, next) {
  if (err instanceof AppError) return res.status(err.status).json(err.toJSON());
  if (err instanceof SyntaxError) return res.status(422).json({ errors: { body: ['invalid JSON'] } });
  console.error(err);
  return res.status(500).json({ errors: { body: ['internal error'] } });
}
