// excerpt of gothinkster/koa-knex-realworld-example@602e234139c4:src/lib/utils.js
const config = require("config")

const jwt = require("jsonwebtoken")

const _ = require("lodash")
