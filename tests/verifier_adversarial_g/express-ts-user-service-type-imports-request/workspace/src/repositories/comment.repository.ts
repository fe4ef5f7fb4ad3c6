const plain = (row: any) => (row ? row.get({ plain: true }) : null);

export class CommentRepository {
  private readonly Comment: any;
  private readonly User: any;

  constructor({ Comment, User }: any) {
    this.Comment = Comment;
    this.User = User;
  }

  async forArticle(articleId: number) {
    const rows = await this.Comment.findAll({
      where: { articleId },
      include: [{ model: this.User, as: 'author' }],
      order: [['createdAt', 'DESC']],
    });
    return rows.map(plain);
  }

  async findById(id: number) {
    return plain(await this.Comment.findByPk(id, { include: [{ model: this.User, as: 'author' }] }));
  }

  async create(fields: any) {
    const comment = await this.Comment.create(fields);
    return this.findById(comment.id);
  }

  async delete(id: number) {
    await this.Comment.destroy({ where: { id } });
  }
}
