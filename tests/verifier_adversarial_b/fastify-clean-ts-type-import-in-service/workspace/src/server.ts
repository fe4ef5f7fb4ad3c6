import Fastify from 'fastify';
import articleRoutes from './routes/articles';
import { createSchema } from './repositories/pool';

const app = Fastify({ logger: true });
await app.register(articleRoutes);
await createSchema();
await app.listen({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' });
