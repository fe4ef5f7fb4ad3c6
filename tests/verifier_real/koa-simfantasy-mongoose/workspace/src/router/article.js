// excerpt of SimFantasy/koa-realworld-mongoose@08154f9cec87:src/router/article.js
const Router = require('@koa/router')

const {
	getArticles,
	getFeedArticles,
	getArticle,
	createArticle,
	updateArticle,
	removeArticle,
	favoriteArticle,
	unFavoriteArticle
} = require('@controller/article')

const verifyAuth = require('@middleware/verifyAuth')

const router = new Router({
	prefix: `${process.env.ROUTER_PREFIX}/articles`
})

router.get('/', verifyAuth(false), getArticles)

router.get('/feed', verifyAuth(), getFeedArticles)

router.get('/:slug', verifyAuth(false), getArticle)

router.post('/', verifyAuth(), createArticle)

router.put('/:slug', verifyAuth(), updateArticle)

router.delete('/:slug', verifyAuth(), removeArticle)

router.post('/:slug/favorite', verifyAuth(), favoriteArticle)

router.delete('/:slug/favorite', verifyAuth(), unFavoriteArticle)

module.exports = router
