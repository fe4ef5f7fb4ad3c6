import Koa from 'koa';
import { bodyParser } from '@koa/bodyparser';
import { buildContainer } from './container.js';
import { apiRouter } from './routes/api.js';
import { errorMiddleware } from './routes/errors.js';

async function main() {
  const container = await buildContainer();
  const app = new Koa();
  app.use(errorMiddleware);
  app.use(bodyParser());
  const router = apiRouter(container);
  app.use(router.routes()).use(router.allowedMethods());
  app.listen(Number(process.env.PORT || 3000), '0.0.0.0');
}

main().catch((err) => { console.error(err); process.exit(1); });
