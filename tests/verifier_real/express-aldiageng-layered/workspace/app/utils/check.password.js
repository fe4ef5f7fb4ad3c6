// excerpt of AldiAgeng/express-boilerplate@318359fc3f46:app/utils/check.password.js
const bcrypt = require('bcryptjs');
