import { commentRepository } from '../repositories/index.js';

export const commentService = {
  list: (slug) => commentRepository.forSlug(slug),
  add: (slug, authorId, body) => commentRepository.add({ slug, authorId, body }),
};
