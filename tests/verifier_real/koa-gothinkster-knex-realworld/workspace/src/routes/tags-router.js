// excerpt of gothinkster/koa-knex-realworld-example@602e234139c4:src/routes/tags-router.js
const Router = require("koa-router")

const ctrl = require("../controllers").tags

const router = new Router()

router.get("/tags", ctrl.get)

module.exports = router.routes()
