const Joi = require('joi');

const registration = Joi.object({
  email: Joi.string().max(254).pattern(/^[^@\s]+@[^@\s]+\.[^@\s]+$/).required(),
  username: Joi.string().min(3).max(32).pattern(/^[A-Za-z0-9_-]+$/).required(),
  password: Joi.string().min(8).max(72).required(),
});

const validate = (schema, key) => async (ctx, next) => {
  const { error } = schema.validate((ctx.request.body || {})[key], { abortEarly: false });
  if (error) {
    ctx.status = 422;
    ctx.body = { errors: Object.fromEntries(error.details.map((d) => [d.path[0] || 'body', [d.message]])) };
    return;
  }
  await next();
};

module.exports = { validateRegistration: validate(registration, 'user') };
