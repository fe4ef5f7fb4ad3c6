// excerpt of gothinkster/koa-knex-realworld-example@602e234139c4:src/lib/bootstrap.js
require("dotenv").config()

require("./env")

require("config")
