import { sequelize } from './db.js';
import { defineModels } from '@entities/index.js';
import { UserRepository } from '@data/user.repository.js';
import { ArticleRepository } from '@data/article.repository.js';
import { CommentRepository } from '@data/comment.repository.js';
import { PasswordHasher, TokenService } from '@usecases/security.js';
import { UserService } from '@usecases/user.service.js';
import { ProfileService } from '@usecases/profile.service.js';
import { ArticleService } from '@usecases/article.service.js';
import { CommentService } from '@usecases/comment.service.js';

/** Composition root: schema, repositories, and what the HTTP layer is given. */
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
    tagIndex: articleRepository,
  };
}

export type Services = Awaited<ReturnType<typeof buildContainer>>;
