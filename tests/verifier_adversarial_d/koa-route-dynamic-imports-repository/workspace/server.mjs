import Koa from 'koa';
import { bodyParser } from '@koa/bodyparser';
import { router } from './src/routes/index.js';

const app = new Koa();
app.use(bodyParser()).use(router.routes());
app.listen(Number(process.env.PORT ?? 8080));
