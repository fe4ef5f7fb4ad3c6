import type { CommentRepository } from '../repositories/commentRepository';

export class ForbiddenError extends Error {}
export class NotFoundError extends Error {}

export class CommentService {
  constructor(private readonly repo: CommentRepository) {}

  list(slug: string) {
    return this.repo.forArticle(slug);
  }

  async delete(id: number, userId: number) {
    const comment = await this.repo.byId(id);
    if (!comment) throw new NotFoundError('comment');
    if (comment.authorId !== userId) throw new ForbiddenError('comment');
    await this.repo.remove(comment);
  }
}
