// excerpt of avanelli/fastify-realworld-example-app@bdb8ce4e1309:lib/models/tags.js
module.exports = function (knex) {
  return {
    getTags: async function () {
      return knex('tags')
        .pluck('name')
    }
  }
}
