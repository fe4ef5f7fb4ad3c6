// excerpt of SimFantasy/koa-realworld-mongoose@08154f9cec87:src/controller/tag.js
const articleService = require('@service/article')

class TagController {
	// get tags
	async getTags(ctx) {
		const tags = await articleService.getTags()
		ctx.body = {
			tags
		}
	}
}
