import Fastify from 'fastify';
import articleRoutes from '@routes/articles';

const app = Fastify();
app.register(articleRoutes, { prefix: '/api' });
app.listen({ port: Number(process.env.PORT ?? 8080), host: '0.0.0.0' });
