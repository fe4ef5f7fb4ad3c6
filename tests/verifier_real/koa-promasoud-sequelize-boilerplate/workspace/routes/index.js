// excerpt of https://github.com/ProMasoud/koa-sequelize-boilerplate@c8495f4ef416:routes/index.js
import loginRoute from './auth';

const loadRoutes = router => {
	loginRoute(router);
};
