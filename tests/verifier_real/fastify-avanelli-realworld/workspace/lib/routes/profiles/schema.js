// excerpt of avanelli/fastify-realworld-example-app@bdb8ce4e1309:lib/routes/profiles/schema.js
const S = require('fluent-json-schema')
