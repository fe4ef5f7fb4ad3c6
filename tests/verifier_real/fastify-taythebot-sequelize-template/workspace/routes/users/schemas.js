// excerpt of https://github.com/taythebot/fastify-template@cade2f94a49c:routes/users/schemas.js
const Joi = require('../../utils/joi')
