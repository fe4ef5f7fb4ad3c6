import Fastify from 'fastify';
import articleRoutes from './routes/articles.js';
import { sequelize } from './db.js';

const app = Fastify();
await sequelize.sync();
app.register(articleRoutes);
await app.listen({ port: Number(process.env.PORT) });
