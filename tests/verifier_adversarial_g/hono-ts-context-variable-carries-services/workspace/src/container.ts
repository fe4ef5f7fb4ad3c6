import { sequelize } from './db.js';
import { defineModels } from './models/index.js';
import { UserRepository } from './repositories/user-repository.js';
import { ArticleRepository } from './repositories/article-repository.js';
import { CommentRepository } from './repositories/comment-repository.js';
import { PasswordHasher, TokenService } from './services/security.js';
import { UserService } from './services/user-service.js';
import { ProfileService } from './services/profile-service.js';
import { ArticleService } from './services/article-service.js';
import { CommentService } from './services/comment-service.js';

/** Composition root: schema, repositories, and the services the routes are given. */
export async function buildContainer(config: { jwtSecret: string }) {
  const models = defineModels(sequelize);
  await sequelize.sync();

  const userRepository = new UserRepository(models);
  const articleRepository = new ArticleRepository(models);
  const commentRepository = new CommentRepository(models);
  const tokens = new TokenService(config.jwtSecret);

  return {
    users: new UserService({ userRepository, hasher: new PasswordHasher(), tokens }),
    profiles: new ProfileService({ userRepository }),
    articles: new ArticleService({ articleRepository, userRepository }),
    comments: new CommentService({ articleRepository, commentRepository, userRepository }),
  };
}
