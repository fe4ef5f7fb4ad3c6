// excerpt of gothinkster/koa-knex-realworld-example@602e234139c4:src/routes/index.js
const Router = require("koa-router")

const router = new Router()

const api = new Router()

const users = require("./users-router")

const articles = require("./articles-router")

const profiles = require("./profiles-router")

const tags = require("./tags-router")

router.use("/api", api.routes())

module.exports = router
