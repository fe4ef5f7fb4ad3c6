// excerpt of LimarenkoDenis/typescript-node-koa-realworld-example-app@8517ce9c4b34:src/controllers/tags-controller.ts
export const tags = {
  async get (ctx) {
    const tags = await ctx.app.db('tags').pluck('name')

    ctx.body = {tags}
  }
}
