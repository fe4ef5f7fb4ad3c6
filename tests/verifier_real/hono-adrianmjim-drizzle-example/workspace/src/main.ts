// excerpt of https://github.com/Adrianmjim/hono-api-example@988a5272bdc5:src/main.ts
import { Context, Hono, Next } from 'hono';

import { cors } from 'hono/cors';

import { catRouter } from './cat/infrastructure/http/router/CatRouter.js';

import { Bindings } from './common/infrastructure/http/model/Bindings';

import { commonModule } from './common/infrastructure/injection/CommonModule';

import { InjectionKeys } from './common/infrastructure/injection/InjectionKeys';

app.use(cors());

app.use(async (ctx: Context<{ Bindings: Bindings }>, next: Next) => {
  if (!commonModule.isBound(InjectionKeys.databaseUrl)) {
    commonModule.bind(InjectionKeys.databaseUrl).toConstantValue(ctx.env.DATABASE_URL);
  }

  await next();
});

app.get('/', (c: Context) => {
  return c.text('ok');
});

app.route('/cats', catRouter);
