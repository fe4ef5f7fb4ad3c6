import Fastify from 'fastify';
import sensible from '@fastify/sensible';
import servicesPlugin from './plugins/services.js';
import apiRoutes from './routes/api.js';

const app = Fastify({ logger: { level: 'warn' } });
await app.register(sensible);
await app.register(servicesPlugin);
await app.register(apiRoutes, { prefix: '/api' });
await app.listen({ port: Number(process.env.PORT ?? 8080), host: '0.0.0.0' });
