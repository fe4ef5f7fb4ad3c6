// excerpt of AldiAgeng/express-boilerplate@318359fc3f46:app/utils/hash.password.js
const bcrypt = require('bcryptjs');
