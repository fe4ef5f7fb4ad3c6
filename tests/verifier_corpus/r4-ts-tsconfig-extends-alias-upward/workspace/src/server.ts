import Koa from 'koa';
import { router } from './routes/articles.js';
import { sequelize } from './db.js';

await sequelize.sync();
const app = new Koa();
app.use(router.routes());
app.listen(Number(process.env.PORT ?? 8080));
