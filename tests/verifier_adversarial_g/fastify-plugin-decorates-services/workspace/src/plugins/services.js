import fp from 'fastify-plugin';
import { authHooks } from '../routes/auth.js';

/**
 * Makes the use cases available to every route plugin as `app.services`, and the
 * authentication hooks as `app.auth`. fastify-plugin keeps the decorations un-encapsulated.
 */
export default fp(
  async function servicesPlugin(app, { services }) {
    app.decorate('services', services);
    app.decorate('auth', authHooks(services.users));
  },
  { name: 'conduit-services' },
);
