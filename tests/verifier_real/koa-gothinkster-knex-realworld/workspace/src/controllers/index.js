// excerpt of gothinkster/koa-knex-realworld-example@602e234139c4:src/controllers/index.js
const users = require("./users-controller")

const tags = require("./tags-controller")

const profiles = require("./profiles-controller")

const articles = require("./articles-controller")
