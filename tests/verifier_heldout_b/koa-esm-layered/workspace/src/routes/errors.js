// Koa middleware turning thrown AppErrors into the error contract.
import { AppError } from '../services/errors.js';

async function errorMiddleware(ctx, next) {
  try {
    await next();
    if (ctx.status === 404 && ctx.body == null) {
      ctx.status = 404;
      ctx.body = { errors: { body: ['not found'] } };
    }
  } catch (err) {
    if (err instanceof AppError) {
      ctx.status = err.status;
      ctx.body = err.toBody();
      if (err.retryAfter) ctx.set('Retry-After', String(err.retryAfter));
    } else if (err.status === 400 || err.status === 422) {
      ctx.status = 422;
      ctx.body = { errors: { body: ['malformed request body'] } };
    } else {
      console.error(err);
      ctx.status = 500;
      ctx.body = { errors: { body: ['internal server error'] } };
    }
  }
}

export { errorMiddleware };
