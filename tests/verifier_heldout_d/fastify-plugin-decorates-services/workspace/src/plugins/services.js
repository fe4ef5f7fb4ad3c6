import fp from 'fastify-plugin';
import * as users from '../services/users.js';
import * as profiles from '../services/profiles.js';
import * as articles from '../services/articles.js';

// Makes the use cases available as app.services in every encapsulated context.
export default fp(async function servicesPlugin(app) {
  app.decorate('services', { users, profiles, articles });
}, { name: 'conduit-services' });
