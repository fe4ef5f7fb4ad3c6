const knexConfig = require('./knexfile')[process.env.NODE_ENV || 'development'];
const knex = require('knex')(knexConfig);
const fastify = require('fastify')();

fastify.get('/api/tags', async () => ({ tags: await knex('tags').orderBy('name').pluck('name') }));

knex.migrate.latest().then(() => fastify.listen({ port: Number(process.env.PORT) || 8080, host: '0.0.0.0' }));
