// excerpt of avanelli/fastify-realworld-example-app@bdb8ce4e1309:lib/routes/tags/index.js
const fp = require('fastify-plugin')

const schema = require('./schema')

async function tags (server, options, done) {
  const tagsModel = require('../../models/tags')(server.knex)

  server.route({
    method: 'GET',
    path: options.prefix + 'tags',
    schema: schema.getTags,
    handler: onGetTags
  })
  async function onGetTags (req, reply) {
    const tags = await tagsModel.getTags()
    return { tags }
  }

  done()
}
