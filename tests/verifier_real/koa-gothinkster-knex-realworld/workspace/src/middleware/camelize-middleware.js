// excerpt of gothinkster/koa-knex-realworld-example@602e234139c4:src/middleware/camelize-middleware.js
const humps = require("humps")

const _ = require("lodash")
