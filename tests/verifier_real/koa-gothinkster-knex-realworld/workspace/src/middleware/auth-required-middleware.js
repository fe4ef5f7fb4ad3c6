// excerpt of gothinkster/koa-knex-realworld-example@602e234139c4:src/middleware/auth-required-middleware.js
const { AuthenticationError } = require("../lib/errors")

module.exports = function(ctx, next) {
  ctx.assert(ctx.state.user, new AuthenticationError())
  return next()
}
