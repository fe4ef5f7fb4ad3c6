class ArticleService {
  constructor(articles) {
    this.articles = articles;
  }

  async remove(ctx, slug) {
    const article = await this.articles.findBySlug(slug);
    if (!article) ctx.throw(404, JSON.stringify({ errors: { body: ['article not found'] } }));
    if (article.authorId !== ctx.state.user.id) {
      ctx.status = 403;
      ctx.body = { errors: { body: ['only the author may delete this article'] } };
      return;
    }
    await this.articles.destroy(article);
    ctx.body = {};
  }
}

module.exports = { ArticleService };
