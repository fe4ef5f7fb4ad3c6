import Fastify from 'fastify';
import { registerErrors } from './routes/errors.js';
import { articleRoutes } from './routes/articles.js';
import { ArticleService } from './services/articles.js';
import { ArticleStore } from './repositories/articles.js';

const app = Fastify();
registerErrors(app);
await app.register(articleRoutes, { prefix: '/api', service: new ArticleService(new ArticleStore()) });
await app.listen({ port: Number(process.env.PORT) || 8080, host: '0.0.0.0' });
