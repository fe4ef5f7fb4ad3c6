import type { CommentRepository } from '../repositories/comment-repository';

export class CommentNotFound extends Error {}
export class NotCommentAuthor extends Error {}

export class CommentService {
  constructor(private readonly comments: CommentRepository) {}

  add(slug: string, author: string, body: string) {
    return this.comments.add({ articleSlug: slug, authorUsername: author, body });
  }

  list(slug: string) {
    return this.comments.forArticle(slug);
  }

  async remove(id: number, username: string): Promise<void> {
    const comment = await this.comments.byId(id);
    if (!comment) throw new CommentNotFound(String(id));
    if (comment.authorUsername !== username) throw new NotCommentAuthor(String(id));
    await this.comments.remove(id);
  }
}
