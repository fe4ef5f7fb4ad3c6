// excerpt of avanelli/fastify-realworld-example-app@bdb8ce4e1309:lib/plugins/bcrypt/index.js
const fp = require('fastify-plugin')

const bcrypt = require('bcrypt')
