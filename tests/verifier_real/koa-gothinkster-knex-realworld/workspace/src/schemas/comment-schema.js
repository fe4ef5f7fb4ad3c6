// excerpt of gothinkster/koa-knex-realworld-example@602e234139c4:src/schemas/comment-schema.js
const yup = require("yup")

const timeStampSchema = require("./time-stamp-schema")

const isUUID = require("validator/lib/isUUID")
