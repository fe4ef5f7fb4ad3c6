import express from 'express';
import { userRouter } from './routes/user.routes';

const app = express();
app.use(express.json());
app.use('/api', userRouter);
app.listen(Number(process.env.PORT ?? 8080));
