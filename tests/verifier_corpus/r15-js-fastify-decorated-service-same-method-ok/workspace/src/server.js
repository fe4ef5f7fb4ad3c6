const fastify = require('fastify')();
const { TagRepository } = require('./repositories/tagRepository');
const services = require('./services/articleService');

fastify.decorate('services', services);
fastify.decorate('store', { tags: new TagRepository() });
fastify.register(require('./routes/tags'));
fastify.listen({ port: Number(process.env.PORT) });
