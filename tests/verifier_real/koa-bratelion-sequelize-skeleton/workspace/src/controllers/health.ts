// excerpt of https://github.com/Bratelion/koa-sequelize-skeleton@ac4c439650b4:src/controllers/health.ts
import { Context } from 'koa';
