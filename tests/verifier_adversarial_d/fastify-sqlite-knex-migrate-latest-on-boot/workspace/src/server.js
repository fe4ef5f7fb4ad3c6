import Fastify from 'fastify';
import knexFactory from 'knex';
import config from '../knexfile.js';

const knex = knexFactory(config);
const app = Fastify();

app.get('/api/profiles/:username', async (req, reply) => {
  const user = await knex('users').where({ username: req.params.username }).first('username', 'bio', 'image');
  return user ? { profile: { ...user, following: false } } : reply.code(404).send({ errors: { body: ['not found'] } });
});

await knex.migrate.latest();
await app.listen({ port: Number(process.env.PORT ?? 8080), host: '0.0.0.0' });
