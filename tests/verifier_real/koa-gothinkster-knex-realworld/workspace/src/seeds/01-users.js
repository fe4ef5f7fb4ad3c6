// excerpt of gothinkster/koa-knex-realworld-example@602e234139c4:src/seeds/01-users.js
const bcrypt = require("bcrypt")

const faker = require("faker")

exports.seed = async function(knex) {
  if (process.env.NODE_ENV === "production") {
    await knex("users")
      .whereIn("email", users.map(u => u.email || `${u.name}@demo.com`))
      .del()
  } else {
    await knex("users").del()
  }

  return knex("users").insert(getUsers())
}
