import express from 'express';
import { sequelize } from './db';
import { articles } from './routes/articles';

const app = express();
app.use(express.json());
app.get('/api/health-check', (_req, res) => res.json({ status: 'ok' }));
app.use('/api', articles);

sequelize.sync().then(() => app.listen(Number(process.env.PORT ?? 8080)));
