// excerpt of SimFantasy/koa-realworld-mongoose@08154f9cec87:src/router/profile.js
const Router = require('@koa/router')

const { getProfile, followUser, unFollowUser } = require('@controller/profile')

const verifyAuth = require('@middleware/verifyAuth')

const router = new Router({
	prefix: `${process.env.ROUTER_PREFIX}/profiles`
})

router.get('/:username', verifyAuth(false), getProfile)

router.post('/:username/follow', verifyAuth(), followUser)

router.delete('/:username/follow', verifyAuth(), unFollowUser)

module.exports = router
