// excerpt of mowais-10p/koa-sequelize-ts-postgres-starter@8957be1475cf:src/constants/index.ts
