// Wiring as a Fastify plugin: builds the container once and decorates the instance with the services.
import fp from 'fastify-plugin';
import { createContainer } from '../container.js';

export default fp(async function servicesPlugin(app) {
  const container = await createContainer();
  app.decorate('services', container.services);
  app.decorate('jwtSecret', container.secret);
}, { name: 'services' });
