// excerpt of SimFantasy/koa-realworld-mongoose@08154f9cec87:src/router/user.js
const Router = require('@koa/router')

const { register, login, getCurrentUser, updateCurrentUser } = require('@controller/user')

const verifyAuth = require('@middleware/verifyAuth')

const router = new Router({
	prefix: `${process.env.ROUTER_PREFIX}`
})

router.post('/users', register)

router.post('/users/login', login)

router.get('/user', verifyAuth(), getCurrentUser)

router.put('/user', verifyAuth(), updateCurrentUser)

module.exports = router
