import { Comment } from '../models/comment';

export class CommentRepository {
  forArticle(slug: string) {
    return Comment.findAll({ where: { articleSlug: slug }, order: [['createdAt', 'ASC']] });
  }
  byId(id: number) {
    return Comment.findByPk(id);
  }
  async remove(comment: Comment) {
    await comment.destroy();
  }
}
