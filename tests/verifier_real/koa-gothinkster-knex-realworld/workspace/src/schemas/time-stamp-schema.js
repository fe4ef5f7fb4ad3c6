// excerpt of gothinkster/koa-knex-realworld-example@602e234139c4:src/schemas/time-stamp-schema.js
const yup = require("yup")

const isISO8601 = require("validator/lib/isISO8601")
