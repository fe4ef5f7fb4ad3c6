'use strict';
// Comments on articles.
const plain = (row) => (row ? row.get({ plain: true }) : null);

class CommentRepository {
  constructor({ Comment }) {
    this.Comment = Comment;
  }

  async forArticle(articleId) {
    const rows = await this.Comment.findAll({
      where: { articleId },
      order: [['createdAt', 'DESC'], ['id', 'DESC']],
    });
    return rows.map(plain);
  }

  async findById(id) {
    return plain(await this.Comment.findByPk(id));
  }

  async create(fields) {
    return plain(await this.Comment.create(fields));
  }

  async delete(id) {
    await this.Comment.destroy({ where: { id } });
  }
}

module.exports = { CommentRepository };
