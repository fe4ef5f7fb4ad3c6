import express from 'express';
import { commentsRouter } from './routes/index.js';

const app = express();
app.use(express.json());
app.use('/api/articles', commentsRouter);
app.listen(Number(process.env.PORT ?? 8080));
