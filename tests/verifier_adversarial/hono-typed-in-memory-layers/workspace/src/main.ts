import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { MemoryCommentRepository } from './repositories/comment-repository';
import { CommentService } from './services/comment-service';
import { commentRoutes } from './routes/comments';

const app = new Hono().basePath('/api');
const comments = new CommentService(new MemoryCommentRepository());
app.get('/health-check', (c) => c.json({ status: 'ok' }));
app.route('/', commentRoutes(comments, (auth) => (auth?.startsWith('Token ') ? auth.slice(6) : null)));
serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 8080) });
