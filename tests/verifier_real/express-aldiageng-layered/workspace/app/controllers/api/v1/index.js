// excerpt of AldiAgeng/express-boilerplate@318359fc3f46:app/controllers/api/v1/index.js
const postController = require("./post.controller");

const userController = require("./user.controller");
