import { HTTPException } from 'hono/http-exception';
import { commentsRepo } from '../repositories/comments.js';

export async function deleteComment(id, userId) {
  const comment = await commentsRepo.byId(id);
  if (!comment) throw new HTTPException(404, { message: 'comment not found' });
  if (comment.authorId !== userId) throw new HTTPException(403, { message: 'not the author' });
  await commentsRepo.remove(id);
}
