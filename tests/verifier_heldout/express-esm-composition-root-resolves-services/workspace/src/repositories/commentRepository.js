export class CommentRepository {
  constructor({ Comment, User }) {
    this.Comment = Comment;
    this.User = User;
  }

  forArticle(articleId) {
    return this.Comment.findAll({ where: { articleId }, include: [{ model: this.User, as: 'author' }], order: [['createdAt', 'DESC']] });
  }

  create(fields) {
    return this.Comment.create(fields);
  }

  async remove(id, authorId) {
    return this.Comment.destroy({ where: { id, authorId } });
  }
}
