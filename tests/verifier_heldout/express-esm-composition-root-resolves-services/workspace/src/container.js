// Composition root: the only place that knows every layer.
import * as models from './models/index.js';
import { CommentRepository } from './repositories/commentRepository.js';
import { CommentService } from './services/commentService.js';

const registry = new Map();
const commentRepository = new CommentRepository(models);
registry.set('commentService', new CommentService({ commentRepository }));

export function resolve(name) {
  if (!registry.has(name)) throw new Error(`nothing registered as ${name}`);
  return registry.get(name);
}
