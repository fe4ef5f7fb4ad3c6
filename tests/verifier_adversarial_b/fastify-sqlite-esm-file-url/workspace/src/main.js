import Fastify from 'fastify';
import { openDatabase } from './database.js';

const app = Fastify();
const db = openDatabase();
app.decorate('db', db);

app.get('/api/articles/:slug', async (req, reply) => {
  const article = app.db.prepare('SELECT slug, title, description, body FROM articles WHERE slug = ?').get(req.params.slug);
  if (!article) return reply.code(404).send({ errors: { article: ['not found'] } });
  return { article };
});

await app.listen({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' });
