import type { Comment } from '../models/comment';

export interface CommentRepository {
  add(input: Omit<Comment, 'id' | 'createdAt' | 'updatedAt'>): Promise<Comment>;
  forArticle(slug: string): Promise<Comment[]>;
  remove(id: number): Promise<void>;
  byId(id: number): Promise<Comment | undefined>;
}

export class MemoryCommentRepository implements CommentRepository {
  private readonly rows = new Map<number, Comment>();
  private next = 1;

  async add(input: Omit<Comment, 'id' | 'createdAt' | 'updatedAt'>): Promise<Comment> {
    const now = new Date();
    const comment = { ...input, id: this.next++, createdAt: now, updatedAt: now };
    this.rows.set(comment.id, comment);
    return comment;
  }

  async forArticle(slug: string): Promise<Comment[]> {
    return [...this.rows.values()].filter((c) => c.articleSlug === slug).sort((a, b) => +b.createdAt - +a.createdAt);
  }

  async byId(id: number): Promise<Comment | undefined> {
    return this.rows.get(id);
  }

  async remove(id: number): Promise<void> {
    this.rows.delete(id);
  }
}
