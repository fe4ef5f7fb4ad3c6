// excerpt of https://github.com/ProMasoud/koa-sequelize-boilerplate@c8495f4ef416:routes/auth.js
import { login } from '../controllers/auth';

import { handleErrors } from '../utils/response';

const authRoute = router => {
	router.get('/login', async ctx => {
		try {
			ctx.body = await login(ctx.request.body);
		} catch (error) {
			const { status, ...body } = handleErrors(error);
			ctx.status = status;
			ctx.body = body;
		}
	});
};
