// excerpt of https://github.com/cirosantilli/node-express-sequelize-nextjs-realworld-example-app@b7f8b80dec84:api/tags.js
const router = require('express').Router()

const lib = require('../lib')

router.get('/', async function (req, res, next) {
  try {
    return res.json({ tags: await lib.getIndexTags(req.app.get('sequelize')) })
  } catch (error) {
    next(error)
  }
})

module.exports = router
