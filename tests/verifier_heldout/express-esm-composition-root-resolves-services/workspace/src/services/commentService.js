export class CommentService {
  constructor({ commentRepository }) {
    this.comments = commentRepository;
  }

  async list(articleId) {
    const rows = await this.comments.forArticle(articleId);
    return rows.map((c) => ({ id: c.id, body: c.body, createdAt: c.createdAt, updatedAt: c.updatedAt,
      author: { username: c.author.username, bio: c.author.bio, image: c.author.image, following: false } }));
  }

  add(articleId, user, body) {
    if (!body) throw Object.assign(new Error('body is required'), { status: 422 });
    return this.comments.create({ articleId, authorId: user.id, body });
  }
}
