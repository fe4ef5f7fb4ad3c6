'use strict';

/**
 * Start-up wiring: exposes the use cases to every request as ctx.state.services.
 * Nothing else (no repositories, no models) is put on the context.
 */
function provideServices(services) {
  const frozen = Object.freeze({ ...services });
  return async function servicesOnState(ctx, next) {
    ctx.state.services = frozen;
    await next();
  };
}

module.exports = { provideServices };
