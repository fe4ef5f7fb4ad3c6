// excerpt of https://github.com/sidpd51/ecommerce@7900888967ed:src/router/index.js
const express = require('express')

const router = express.Router()

const userRouter = require('./v1/user.router')

router.use('/users', userRouter)

module.exports = router
