import { models } from '../models/index.js';
import { UserRepository } from './user-repository.js';
import { ArticleRepository } from './article-repository.js';
import { CommentRepository } from './comment-repository.js';

export const repositories = {
  users: new UserRepository(models),
  articles: new ArticleRepository(models),
  comments: new CommentRepository(models),
};
