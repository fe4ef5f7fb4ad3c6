// excerpt of gothinkster/koa-knex-realworld-example@602e234139c4:src/middleware/jwt-middleware.js
const koaJwt = require("koa-jwt")

const config = require("config")
