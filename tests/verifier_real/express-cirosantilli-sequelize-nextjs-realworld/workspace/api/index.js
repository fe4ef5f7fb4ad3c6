// excerpt of https://github.com/cirosantilli/node-express-sequelize-nextjs-realworld-example-app@b7f8b80dec84:api/index.js
const router = require('express').Router()

router.get('/', function (req, res) {
  res.json({ message: 'backend is up' })
})

router.use('/', require('./users'))

router.use('/profiles', require('./profiles'))

router.use('/articles', require('./articles'))

router.use('/tags', require('./tags'))

module.exports = router
