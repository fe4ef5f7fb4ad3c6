// excerpt of posquit0/koa-rest-api-boilerplate@ed077b84458a:app/middlewares/apm.js
const apm = require('elastic-apm-node');

const debug = require('debug')('koa:apm');

module.exports = () => {
  debug('Create a middleware');

  return async function apmMiddleware(ctx, next) {
    // Skip if apm is disabled
    if (!apm.isStarted()) {
      debug('Skipped because APM is disabled');
      return await next();
    }

    try {
      await next();
    } catch (err) {
      // Sending error when response is sent
      ctx.res.on('finish', () => {
        apm.captureError(err);

        debug('Sent error to APM server');
      });
      throw err;
    } finally {
      // Set custom context data
      const reqId = ctx.state.reqId
        || ctx.reqId
        || ctx.req.id
        || ctx.get('X-Request-Id');
      const custom = { reqId };
      apm.setCustomContext(custom);

      // Set user context data
      apm.setUserContext(
        serializeUser(ctx.state.user)
      );
    }
  };
};
