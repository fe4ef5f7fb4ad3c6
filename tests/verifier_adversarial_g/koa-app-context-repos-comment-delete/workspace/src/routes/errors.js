
const STATUS = { validation: 422, unauthorized: 401, forbidden: 403, not_found: 404 };

/** Outermost middleware: the services' errors as Conduit error envelopes. */
export async function errorMiddleware(ctx, next) {
  try {
    await next();
  } catch (error) {
    if (error.kind === 'validation') {
      ctx.status = 422;
      ctx.body = { errors: error.errors };
    } else if (error.kind && STATUS[error.kind]) {
      ctx.status = STATUS[error.kind];
      ctx.body = { errors: { body: [error.message] } };
    } else if (error.status && error.status < 500) {
      ctx.status = error.status === 400 ? 422 : error.status;
      ctx.body = { errors: { body: [error.message] } };
    } else {
      console.error(error);
      ctx.status = 500;
      ctx.body = { errors: { body: ['internal server error'] } };
    }
  }
}
