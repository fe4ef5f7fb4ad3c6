// excerpt of https://github.com/rmanguinho/clean-node-api@9e52c6c368ef:src/main/config/routes.js
const router = require('express').Router()

const fg = require('fast-glob')

module.exports = app => {
  app.use('/api', router)
  fg.sync('**/src/main/routes/**routes.js').forEach(file => require(`../../../${file}`)(router))
}
