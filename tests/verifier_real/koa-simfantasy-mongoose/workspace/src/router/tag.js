// excerpt of SimFantasy/koa-realworld-mongoose@08154f9cec87:src/router/tag.js
const Router = require('@koa/router')

const { getTags } = require('@controller/tag')

const router = new Router({
	prefix: `${process.env.ROUTER_PREFIX}/tags`
})

router.get('/', getTags)

module.exports = router
