import { sequelize } from './db.js';
import { defineModels } from '@domain/index.js';
import { UserRepository } from '@infra/user.repository.js';
import { ArticleRepository } from '@infra/article.repository.js';
import { CommentRepository } from '@infra/comment.repository.js';
import { PasswordHasher, TokenService } from '@app/security.js';
import { UserService } from '@app/user.service.js';
import { ProfileService } from '@app/profile.service.js';
import { ArticleService } from '@app/article.service.js';
import { CommentService } from '@app/comment.service.js';

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
