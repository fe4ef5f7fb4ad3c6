// excerpt of AldiAgeng/express-boilerplate@318359fc3f46:app/utils/create.token.js
const jwt = require('jsonwebtoken');

module.exports = (payload) => {
  return jwt.sign(payload, process.env.SECRET_KEY);
}
