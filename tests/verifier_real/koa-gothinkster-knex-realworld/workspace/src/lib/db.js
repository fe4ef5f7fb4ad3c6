// excerpt of gothinkster/koa-knex-realworld-example@602e234139c4:src/lib/db.js
const knex = require("knex")

const knexfile = require("../../knexfile")

const db = knex(knexfile)

module.exports = db
