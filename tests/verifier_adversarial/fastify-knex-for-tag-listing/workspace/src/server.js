import Fastify from 'fastify';
import { createContainer } from './container.js';
import apiRoutes from './routes/api.js';

const container = await createContainer();
const app = Fastify({ logger: true });
await app.register(apiRoutes, { prefix: '/api', ...container });
await app.listen({ port: Number(process.env.PORT ?? 8080), host: '0.0.0.0' });
