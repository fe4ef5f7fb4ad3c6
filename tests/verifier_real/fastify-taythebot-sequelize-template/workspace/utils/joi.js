// excerpt of https://github.com/taythebot/fastify-template@cade2f94a49c:utils/joi.js
const Joi = require('joi')
