import { Container } from 'inversify';
import { sequelize } from '../db.js';
import { defineModels } from '../models/index.js';
import { UserRepository } from '../repositories/user.repository.js';
import { ArticleRepository } from '../repositories/article.repository.js';
import { CommentRepository } from '../repositories/comment.repository.js';
import { PasswordHasher, TokenService } from '../services/security.js';
import { UserService } from '../services/user.service.js';
import { ProfileService } from '../services/profile.service.js';
import { ArticleService } from '../services/article.service.js';
import { CommentService } from '../services/comment.service.js';
import { UserController } from '../controllers/user.controller.js';
import { ProfileController } from '../controllers/profile.controller.js';
import { ArticleController } from '../controllers/article.controller.js';
import { CommentController } from '../controllers/comment.controller.js';
import { TYPES } from './types.js';

/** Composition root: every binding of the application, as singletons. */
export async function buildContainer(config: { jwtSecret: string }) {
  const models = defineModels(sequelize);
  await sequelize.sync();

  const c = new Container({ defaultScope: 'Singleton' });
  c.bind(TYPES.Models).toConstantValue(models);
  c.bind(TYPES.UserRepository).toDynamicValue(() => new UserRepository(models));
  c.bind(TYPES.ArticleRepository).toDynamicValue(() => new ArticleRepository(models));
  c.bind(TYPES.CommentRepository).toDynamicValue(() => new CommentRepository(models));
  c.bind(TYPES.PasswordHasher).toConstantValue(new PasswordHasher());
  c.bind(TYPES.TokenService).toConstantValue(new TokenService(config.jwtSecret));

  const repo = <T>(id: symbol) => c.get<T>(id);
  c.bind(TYPES.UserService).toDynamicValue(
    () => new UserService({ userRepository: repo(TYPES.UserRepository), hasher: repo(TYPES.PasswordHasher), tokens: repo(TYPES.TokenService) }),
  );
  c.bind(TYPES.ProfileService).toDynamicValue(() => new ProfileService({ userRepository: repo(TYPES.UserRepository) }));
  c.bind(TYPES.ArticleService).toDynamicValue(
    () => new ArticleService({ articleRepository: repo(TYPES.ArticleRepository), userRepository: repo(TYPES.UserRepository) }),
  );
  c.bind(TYPES.CommentService).toDynamicValue(
    () =>
      new CommentService({
        articleRepository: repo(TYPES.ArticleRepository),
        commentRepository: repo(TYPES.CommentRepository),
        userRepository: repo(TYPES.UserRepository),
      }),
  );

  c.bind(TYPES.UserController).to(UserController);
  c.bind(TYPES.ProfileController).to(ProfileController);
  c.bind(TYPES.ArticleController).to(ArticleController);
  c.bind(TYPES.CommentController).to(CommentController);
  return c;
}
