import express from 'express';
import { sequelize } from './models/index.js';
import { comments } from './routes/comments.js';

const app = express();
app.use(express.json());
app.get('/api/health-check', (req, res) => res.json({ status: 'ok' }));
app.use('/api', comments);

await sequelize.sync();
app.listen(Number(process.env.PORT ?? 8080));
