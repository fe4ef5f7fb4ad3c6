module.exports = async function tagRoutes(fastify) {
  fastify.get('/api/tags', async function () {
    return { tags: await this.store.tags.allTagNames() };
  });
};
