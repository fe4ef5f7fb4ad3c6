// excerpt of gothinkster/koa-knex-realworld-example@602e234139c4:src/seeds/02-articles.js
const faker = require("faker")

const _ = require("lodash")

const uuid = require("uuid")

const slug = require("slug")

const { subMonths } = require("date-fns")

const { getUsers } = require("./01-users")

exports.seed = async function(knex) {
  const users = getUsers()

  if (process.env.NODE_ENV === "production") {
    await knex("articles")
      .whereIn("author", users.map(u => u.id))
      .del()
  } else {
    await knex("articles").del()
  }

  return Promise.all(getArticles(users).map(a => knex("articles").insert(a)))
}
