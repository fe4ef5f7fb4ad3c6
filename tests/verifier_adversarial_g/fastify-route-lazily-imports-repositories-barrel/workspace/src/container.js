import { sequelize } from './db.js';
import { repositories } from './repositories/index.js';
import { PasswordHasher, TokenService } from './services/security.js';
import { UserService } from './services/user-service.js';
import { ProfileService } from './services/profile-service.js';
import { ArticleService } from './services/article-service.js';
import { CommentService } from './services/comment-service.js';

/** Composition root: schema and the services the routes are given. */
export async function buildContainer(config) {
  await sequelize.sync();
  const deps = {
    userRepository: repositories.users,
    articleRepository: repositories.articles,
    commentRepository: repositories.comments,
  };
  return {
    users: new UserService({ ...deps, hasher: new PasswordHasher(), tokens: new TokenService(config.jwtSecret) }),
    profiles: new ProfileService(deps),
    articles: new ArticleService(deps),
    comments: new CommentService(deps),
  };
}
