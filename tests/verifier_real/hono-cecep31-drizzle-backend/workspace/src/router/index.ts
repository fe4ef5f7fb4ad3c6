// excerpt of https://github.com/cecep31/honobackend@b372b1e48765:src/router/index.ts
import { Hono } from 'hono';

import { createAuthController } from '../modules/auth/controllers/authController';

import { createBookmarkController } from '../modules/bookmarks/controllers/bookmarkController';

import { createChatController } from '../modules/chat/controllers/chatController';

import { createCommentController } from '../modules/comments/controllers/commentController';

import { createExchangeRateController } from '../modules/exchange-rates/controllers/exchangeRateController';

import { createHoldingTypeController } from '../modules/holding-types/controllers/holdingTypeController';

import { createHoldingController } from '../modules/holdings/controllers/holdingController';

import { createLikeController } from '../modules/likes/controllers/likeController';

import { createNotificationController } from '../modules/notifications/controllers/notificationController';

import { createPostController } from '../modules/posts/controllers/postController';

import { createTagController } from '../modules/tags/controllers/tagController';

import { createUserController } from '../modules/users/controllers/userController';

import { createReportController } from '../modules/reports/controllers/reportController';

import { defaultServices } from '../services';

import type { AppServices } from '../services';

import type { Variables } from '../types/context';

const setupRouter = (
  app: Hono<{ Variables: Variables }>,
  services: AppServices = defaultServices
) => {
  const authController = createAuthController(
    services.authService,
    services.userService,
    services.activityService
  );
  const userController = createUserController(services.userService);
  const postController = createPostController(
    services.postService,
    services.userService,
    services.postViewService
  );
  const tagController = createTagController(services.tagService);
  const likeController = createLikeController(services.likeService);
  const chatController = createChatController(services.chatService);
  const holdingController = createHoldingController(
    services.holdingService,
    services.corporateActionService
  );
  const holdingTypeController = createHoldingTypeController(services.holdingService);
  const exchangeRateController = createExchangeRateController(services.exchangeRateService);
  const bookmarkController = createBookmarkController(services.bookmarkService);
  const commentController = createCommentController(services.commentService);
  const notificationController = createNotificationController(services.notificationService);
  const reportController = createReportController(services.userService, services.reportService);

  const api = new Hono<{ Variables: Variables }>()
    .route('/auth', authController)
    .route('/users', userController)
    .route('/posts', postController)
    .route('/tags', tagController)
    .route('/likes', likeController)
    .route('/chat', chatController)
    .route('/holding-types', holdingTypeController)
    .route('/holdings', holdingController)
    .route('/exchange-rates', exchangeRateController)
    .route('/bookmarks', bookmarkController)
    .route('/comments', commentController)
    .route('/notifications', notificationController)
    .route('/reports', reportController);

  app.route('/api', api);
};

export default setupRouter;
