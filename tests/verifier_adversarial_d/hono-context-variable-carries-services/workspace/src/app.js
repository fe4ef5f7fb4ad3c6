import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { ArticleRepository } from './repositories/article-repository.js';
import { ArticleService } from './services/article-service.js';
import articles from './routes/articles.js';

const services = { articles: new ArticleService(new ArticleRepository()) };
const app = new Hono();
app.use('*', async (c, next) => { c.set('services', services); await next(); });
app.route('/api/articles', articles);
serve({ fetch: app.fetch, port: Number(process.env.PORT || 8080) });
