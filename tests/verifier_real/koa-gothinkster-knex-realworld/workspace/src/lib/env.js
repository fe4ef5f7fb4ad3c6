// excerpt of gothinkster/koa-knex-realworld-example@602e234139c4:src/lib/env.js
if (!process.env.NODE_ENV) {
  process.env.NODE_ENV = "development"
}
