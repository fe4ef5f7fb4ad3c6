// excerpt of https://github.com/nghi2001/Koa-Sequelize-Kit@c54f963ac38f:routes/commentRoute.js
const Route = require('@koa/router');

const CommentController = require('../controllers/commentController');

route.get("/:taskid", CommentController.findAllComment);
