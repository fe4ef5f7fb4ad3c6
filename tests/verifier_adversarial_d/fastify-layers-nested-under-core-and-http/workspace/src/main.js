import Fastify from 'fastify';
import { TagRepository } from './core/repositories/tag-repository.js';
import { TagService } from './core/services/tag-service.js';
import { tagRoutes } from './http/routes/tags.js';

const app = Fastify();
const tags = new TagService(new TagRepository());
await app.register(tagRoutes, { prefix: '/api', tags });
await app.listen({ host: '0.0.0.0', port: Number(process.env.PORT ?? 8080) });
