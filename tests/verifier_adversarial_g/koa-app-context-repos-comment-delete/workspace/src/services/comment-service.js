import { ValidationError, ForbiddenError, NotFoundError } from './errors.js';

export class CommentService {
  constructor({ articleRepository, commentRepository, userRepository }) {
    this.articles = articleRepository;
    this.comments = commentRepository;
    this.users = userRepository;
  }

  async list(slug, viewerId = null) {
    const article = await this.#article(slug);
    const rows = await this.comments.forArticle(article.id);
    return Promise.all(rows.map((row) => this.present(row, viewerId)));
  }

  async add(slug, userId, input) {
    if (typeof input?.body !== 'string' || !input.body.trim()) throw new ValidationError({ body: ["can't be blank"] });
    const article = await this.#article(slug);
    const comment = await this.comments.create({ body: input.body, articleId: article.id, authorId: userId });
    return this.present(comment, userId);
  }

  async remove(slug, id, userId) {
    const article = await this.#article(slug);
    const comment = await this.comments.findById(id);
    if (!comment || comment.articleId !== article.id) throw new NotFoundError('comment');
    if (comment.authorId !== userId) throw new ForbiddenError('only the author may delete this comment');
    await this.comments.delete(id);
  }

  async #article(slug) {
    const article = await this.articles.findBySlug(slug);
    if (!article) throw new NotFoundError('article');
    return article;
  }

  async present(comment, viewerId) {
    return {
      id: comment.id,
      createdAt: new Date(comment.createdAt).toISOString(),
      updatedAt: new Date(comment.updatedAt).toISOString(),
      body: comment.body,
      author: {
        username: comment.author.username,
        bio: comment.author.bio ?? null,
        image: comment.author.image ?? null,
        following: await this.users.isFollowing(viewerId, comment.authorId),
      },
    };
  }
}
