// excerpt of gothinkster/koa-knex-realworld-example@602e234139c4:src/routes/profiles-router.js
const Router = require("koa-router")

const ctrl = require("../controllers").profiles

const router = new Router()

const auth = require("../middleware/auth-required-middleware")

router.param("username", ctrl.byUsername)

router.get("/profiles/:username", ctrl.get)

router.post("/profiles/:username/follow", auth, ctrl.follow.post)

router.del("/profiles/:username/follow", auth, ctrl.follow.del)

module.exports = router.routes()
