import Fastify from 'fastify';
import { pool, createSchema } from './db.js';

const app = Fastify();
app.get('/api/health-check', async () => ({ status: 'ok' }));
app.get('/api/tags', async () => ({ tags: (await pool.query('SELECT name FROM tags ORDER BY name')).rows.map((r) => r.name) }));
app.get('/api/profiles/:username', async (request, reply) => {
  const { rows } = await pool.query('SELECT username, bio, image FROM users WHERE username = $1', [request.params.username]);
  if (!rows.length) return reply.code(404).send({ errors: { body: ['profile not found'] } });
  return { profile: { ...rows[0], following: false } };
});

await createSchema();
await app.listen({ port: Number(process.env.PORT ?? 8080), host: '0.0.0.0' });
