// excerpt of gothinkster/koa-knex-realworld-example@602e234139c4:src/schemas/index.js
const user = require("./user-schema")

const article = require("./article-schema")

const comment = require("./comment-schema")

const tag = require("./tag-schema")

module.exports = function(app) {
  app.schemas = {
    user,
    article,
    comment,
    tag,
  }
}
