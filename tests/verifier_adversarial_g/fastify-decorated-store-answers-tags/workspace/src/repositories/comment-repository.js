'use strict';

const plain = (row) => (row ? row.get({ plain: true }) : null);

class CommentRepository {
  constructor({ Comment, User }) {
    this.Comment = Comment;
    this.User = User;
  }

  async forArticle(articleId) {
    const rows = await this.Comment.findAll({
      where: { articleId },
      include: [{ model: this.User, as: 'author' }],
      order: [['createdAt', 'DESC']],
    });
    return rows.map(plain);
  }

  async findById(id) {
    return plain(await this.Comment.findByPk(id, { include: [{ model: this.User, as: 'author' }] }));
  }

  async create(fields) {
    const comment = await this.Comment.create(fields);
    return this.findById(comment.id);
  }

  async delete(id) {
    await this.Comment.destroy({ where: { id } });
  }
}

module.exports = { CommentRepository };
