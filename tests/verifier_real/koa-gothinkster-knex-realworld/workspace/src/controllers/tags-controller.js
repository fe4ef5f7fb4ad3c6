// excerpt of gothinkster/koa-knex-realworld-example@602e234139c4:src/controllers/tags-controller.js
const db = require("../lib/db")

module.exports = {
  async get(ctx) {
    const tags = await db("tags").pluck("name")

    ctx.body = { tags }
  },
}
