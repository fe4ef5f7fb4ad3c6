const rateLimit = require('express-rate-limit');

const loginLimiter = rateLimit({
  windowMs: 2000,
  limit: 5,
  standardHeaders: false,
  keyGenerator: (req) => req.ip,
  handler: (req, res, next, options) => {
    res.set('Retry-After', String(Math.max(1, Math.ceil(options.windowMs / 1000))));
    res.status(429).json({ errors: { body: ['too many login attempts'] } });
  },
});

module.exports = { loginLimiter };
