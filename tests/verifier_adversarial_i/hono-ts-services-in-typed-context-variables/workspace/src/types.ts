import type { articleService } from './services/articleService.js';
import type { commentService } from './services/commentService.js';
import type { userService } from './services/userService.js';

export type Services = {
  users: typeof userService;
  articles: typeof articleService;
  comments: typeof commentService;
};

export type AppEnv = {
  Variables: {
    services: Services;
    user: any;
    token: string | null;
  };
};
