import type { UserService } from './services/user-service.js';
import type { ProfileService } from './services/profile-service.js';
import type { ArticleService } from './services/article-service.js';
import type { CommentService } from './services/comment-service.js';

export interface Services {
  users: UserService;
  profiles: ProfileService;
  articles: ArticleService;
  comments: CommentService;
}

/** Hono environment shared by the app and the routes: the context variables every request carries. */
export type AppEnv = {
  Variables: {
    services: Services;
    userId: number | null;
  };
};
