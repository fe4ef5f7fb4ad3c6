// excerpt of https://github.com/taythebot/fastify-template@cade2f94a49c:app.js
const path = require('path')

const AutoLoad = require('fastify-autoload')
