// excerpt of https://github.com/cecep31/honobackend@b372b1e48765:src/modules/posts/controllers/postController.ts
import { Hono } from 'hono';

import { auth } from '../../../middlewares/auth';

import { optionalAuth } from '../../../middlewares/optionalAuth';

import { createSuperAdminMiddleware } from '../../../middlewares/superAdmin';

import { validateRequest } from '../../../middlewares/validateRequest';

import type { AppServices } from '../../../services';

import type { jwtPayload } from '../../../types/auth';

import type { Variables } from '../../../types/context';

import { Errors } from '../../../utils/error';

import { getClientIp } from '../../../utils/request';

import { sendSuccess } from '../../../utils/response';

import { getS3Helper } from '../../../utils/s3';

import { createRateLimiter } from '../../../utils/rateLimiter';

import {
  chartLimitQuerySchema,
  createPostSchema,
  listPostsQuerySchema,
  myAnalyticsQuerySchema,
  myLikesByMonthQuerySchema,
  postByUsernameSlugSchema,
  postIdSchema,
  postsOverTimeQuerySchema,
  presignedUrlSchema,
  updatePostSchema,
} from '../validation';

type PostService = AppServices['postService'];

type PostViewService = AppServices['postViewService'];

type UserService = AppServices['userService'];

export const createPostController = (
  postService: PostService,
  userService: UserService,
  postViewService: PostViewService
) => {
  const superAdminMiddleware = createSuperAdminMiddleware(userService);
  const postController = new Hono<{ Variables: Variables }>();

  postController.get('/', validateRequest('query', listPostsQuerySchema), async (c) => {
    const q = c.req.valid('query');
    const params = {
      offset: q.offset,
      limit: q.limit,
      search: q.search ?? q.q,
      orderBy: q.orderBy,
      orderDirection: q.orderDirection,
    };
    const { data, meta } = await postService.getPosts(params);
    return sendSuccess(c, data, 'Posts fetched successfully', 200, meta);
  });

  postController.get(
    '/random',
    createRateLimiter(5 * 60 * 1000, 100),
    async (c) => {
      const posts = await postService.getPostsRandom();
      return sendSuccess(c, posts, 'Random posts fetched successfully');
    }
  );

  postController.get(
    '/trending',
    createRateLimiter(5 * 60 * 1000, 30),
    async (c) => {
      const posts = await postService.getTrendingPosts(5);
      return sendSuccess(c, posts, 'Trending posts fetched successfully');
    }
  );

  postController.get('/me', auth, validateRequest('query', listPostsQuerySchema), async (c) => {
    const q = c.req.valid('query');
    const params = {
      offset: q.offset,
      limit: q.limit,
      search: q.search ?? q.q,
      orderBy: q.orderBy,
      orderDirection: q.orderDirection,
    };
    const authUser = c.get('user');
    const { data, meta } = await postService.getPostsByUser(authUser.user_id, params);
    return sendSuccess(c, data, 'My posts fetched successfully', 200, meta);
  });

  postController.get('/me/liked', auth, validateRequest('query', listPostsQuerySchema), async (c) => {
    const q = c.req.valid('query');
    const params = {
      offset: q.offset,
      limit: q.limit,
    };
    const authUser = c.get('user');
    const { data, meta } = await postService.getLikedPostsByUser(authUser.user_id, params);
    return sendSuccess(c, data, 'Liked posts fetched successfully', 200, meta);
  });

  postController.get(
    '/me/analytics',
    auth,
    validateRequest('query', myAnalyticsQuerySchema),
    async (c) => {
      const { start_date, end_date } = c.req.valid('query');
      const authUser = c.get('user');
      const analytics = await postViewService.getMyPostsAnalytics(
        authUser.user_id,
        start_date,
        end_date
      );
      return sendSuccess(c, analytics, 'Successfully retrieved post analytics');
    }
  );

  postController.get(
    '/feed/following',
    auth,
    validateRequest('query', listPostsQuerySchema),
    async (c) => {
      const q = c.req.valid('query');
      const params = {
        offset: q.offset,
        limit: q.limit,
        search: q.search ?? q.q,
        orderBy: q.orderBy,
        orderDirection: q.orderDirection,
      };
      const authUser = c.get('user');
      const { data, meta } = await postService.getFollowingFeed(authUser.user_id, params);
      return sendSuccess(c, data, 'Following feed fetched successfully', 200, meta);
    }
  );

  postController.get(
    '/feed/for-you',
    auth,
    validateRequest('query', listPostsQuerySchema),
    async (c) => {
      const q = c.req.valid('query');
      const params = {
        offset: q.offset,
        limit: q.limit,
        search: q.search ?? q.q,
      };
      const authUser = c.get('user');
      const { data, meta } = await postService.getForYouFeed(authUser.user_id, params);
      return sendSuccess(c, data, 'For you feed fetched successfully', 200, meta);
    }
  );

  postController.get('/tag/:tag', validateRequest('query', listPostsQuerySchema), async (c) => {
    const tag = c.req.param('tag');
    const q = c.req.valid('query');
    const params = { offset: q.offset, limit: q.limit };
    const { data, meta } = await postService.getPostsByTag(tag, params);
    return sendSuccess(c, data, 'Posts by tag fetched successfully', 200, meta);
  });

  postController.get(
    '/author/:username',
    validateRequest('query', listPostsQuerySchema),
    async (c) => {
      const username = c.req.param('username');
      const q = c.req.valid('query');
      const params = {
        offset: q.offset,
        limit: q.limit,
        search: q.search ?? q.q,
        orderBy: q.orderBy,
        orderDirection: q.orderDirection,
      };
      const { data, meta } = await postService.getPostsByUsername(
        username,
        params.limit,
        params.offset
      );
      return sendSuccess(c, data, `Posts by ${username} fetched successfully`, 200, meta);
    }
  );

  postController.get('/slug/:slug', async (c) => {
    const post = await postService.getPostBySlug(c.req.param('slug'));
    if (!post) {
      throw Errors.NotFound('Post');
    }
    return sendSuccess(c, post, 'Post fetched successfully');
  });

  postController.get(
    '/sitemap',
    createRateLimiter(5 * 60 * 1000, 10),
    async (c) => {
      const posts = await postService.getPostsForSitemap();
      return sendSuccess(c, posts, 'Sitemap posts fetched successfully');
    }
  );

  postController.get(
    '/u/:username/:slug',
    validateRequest('param', postByUsernameSlugSchema),
    async (c) => {
      const params = c.req.valid('param');
      const post = await postService.getPostByUsernameSlug(params.username, params.slug);
      if (!post) {
        throw Errors.NotFound('Post');
      }
      return sendSuccess(c, post, 'Post fetched successfully');
    }
  );

  postController.get('/all', auth, superAdminMiddleware, async (c) => {
    const posts = await postService.getAllPosts();
    return sendSuccess(c, posts, 'All posts fetched successfully');
  });

  postController.get(
    '/charts/posts-over-time',
    validateRequest('query', postsOverTimeQuerySchema),
    async (c) => {
      const { days, groupBy } = c.req.valid('query');
      const data = await postService.getPostsOverTime(days, groupBy);
      return sendSuccess(c, data, 'Posts over time data fetched successfully');
    }
  );

  postController.get(
    '/charts/posts-by-tag',
    validateRequest('query', chartLimitQuerySchema),
    async (c) => {
      const { limit } = c.req.valid('query');
      const data = await postService.getPostsByTagDistribution(limit);
      return sendSuccess(c, data, 'Posts by tag distribution fetched successfully');
    }
  );

  postController.get(
    '/charts/top-by-views',
    validateRequest('query', chartLimitQuerySchema),
    async (c) => {
      const { limit } = c.req.valid('query');
      const data = await postService.getTopPostsByViews(limit);
      return sendSuccess(c, data, 'Top posts by views fetched successfully');
    }
  );

  postController.get(
    '/charts/top-by-likes',
    validateRequest('query', chartLimitQuerySchema),
    async (c) => {
      const { limit } = c.req.valid('query');
      const data = await postService.getTopPostsByLikes(limit);
      return sendSuccess(c, data, 'Top posts by likes fetched successfully');
    }
  );

  postController.get(
    '/charts/user-activity',
    validateRequest('query', chartLimitQuerySchema),
    async (c) => {
      const { limit } = c.req.valid('query');
      const data = await postService.getUserActivity(limit);
      return sendSuccess(c, data, 'User activity data fetched successfully');
    }
  );

  postController.get('/charts/engagement-metrics', async (c) => {
    const data = await postService.getEngagementMetrics();
    return sendSuccess(c, data, 'Engagement metrics fetched successfully');
  });

  postController.get(
    '/charts/my-likes-by-month',
    auth,
    validateRequest('query', myLikesByMonthQuerySchema),
    async (c) => {
      const { months } = c.req.valid('query');
      const { user_id } = c.get('user');
      const data = await postService.getMyLikesByMonth(user_id, months);
      return sendSuccess(c, data, 'Monthly likes on your posts fetched successfully');
    }
  );

  postController.get(
    '/charts/engagement-comparison',
    validateRequest('query', chartLimitQuerySchema),
    async (c) => {
      const { limit } = c.req.valid('query');
      const data = await postService.getEngagementComparison(limit);
      return sendSuccess(c, data, 'Engagement comparison data fetched successfully');
    }
  );

  postController.get('/me/:id', auth, validateRequest('param', postIdSchema), async (c) => {
    const id = c.req.param('id');
    const authUser = c.get('user');
    const post = await postService.getPostByIdForOwner(id, authUser.user_id);
    if (!post) {
      throw Errors.NotFound('Post');
    }
    return sendSuccess(c, post, 'Post fetched successfully');
  });

  postController.get('/:id', validateRequest('param', postIdSchema), async (c) => {
    const id = c.req.param('id');
    const post = await postService.getPost(id);
    if (!post) {
      throw Errors.NotFound('Post');
    }
    return sendSuccess(c, post, 'Post fetched successfully');
  });

  postController.post('/', auth, validateRequest('json', createPostSchema), async (c) => {
    const authUser = c.get('user');
    const body = c.req.valid('json');
    const post = await postService.addPost(authUser.user_id, body);
    return sendSuccess(c, post, 'Post created successfully', 201);
  });

  postController.patch(
    '/:id',
    auth,
    validateRequest('param', postIdSchema),
    validateRequest('json', updatePostSchema),
    async (c) => {
      const id = c.req.param('id');
      const authUser = c.get('user') as jwtPayload;
      const body = c.req.valid('json');
      const post = await postService.updatePost(id, authUser.user_id, body);
      return sendSuccess(c, post, 'Post updated successfully');
    }
  );

  postController.post(
    '/:id/view',
    createRateLimiter(60 * 1000, 60),
    optionalAuth,
    validateRequest('param', postIdSchema),
    async (c) => {
      const id = c.req.param('id');
      const user = c.get('user');
      const result = await postViewService.recordView(
        id,
        user?.user_id ?? null,
        getClientIp(c),
        c.req.header('User-Agent')
      );
      return sendSuccess(c, result, 'View recorded successfully');
    }
  );

  postController.get(
    '/:id/views',
    auth,
    validateRequest('param', postIdSchema),
    validateRequest('query', listPostsQuerySchema),
    async (c) => {
      const id = c.req.param('id');
      const q = c.req.valid('query');
      const { data, meta } = await postViewService.getViewsByPostId(id, q.limit, q.offset);
      return sendSuccess(c, data, 'Successfully retrieved post views', 200, meta);
    }
  );

  postController.get('/:id/view-stats', validateRequest('param', postIdSchema), async (c) => {
    const id = c.req.param('id');
    const stats = await postViewService.getViewStats(id);
    return sendSuccess(c, stats, 'Successfully retrieved view statistics');
  });

  postController.get('/:id/viewed', auth, validateRequest('param', postIdSchema), async (c) => {
    const id = c.req.param('id');
    const authUser = c.get('user');
    const hasViewed = await postViewService.hasUserViewed(id, authUser.user_id);
    return sendSuccess(c, { has_viewed: hasViewed }, 'Successfully checked view status');
  });

  postController.delete('/:id', auth, async (c) => {
    const id = c.req.param('id');
    const authUser = c.get('user') as jwtPayload;
    const post = await postService.deletePost(id, authUser.user_id);
    return sendSuccess(c, post, 'Post deleted successfully');
  });

  postController.post(
    '/upload/presigned-url',
    auth,
    validateRequest('json', presignedUrlSchema),
    async (c) => {
      const authUser = c.get('user') as jwtPayload;
      const { contentType, filename, size } = c.req.valid('json');

      const mimeToExtension: Record<string, string> = {
        'image/jpeg': 'jpg',
        'image/png': 'png',
        'image/gif': 'gif',
        'image/webp': 'webp',
      };

      const extension = mimeToExtension[contentType];
      const timestamp = Date.now();
      const randomStr = Math.random().toString(36).substring(2, 8);
      const keyName = filename
        ? filename.replace(/[^a-zA-Z0-9.-]/g, '_')
        : `${timestamp}-${randomStr}`;
      const key = `posts/${authUser.user_id}/${keyName}.${extension}`;

      const s3 = getS3Helper();
      const presignedUrl = await s3.generatePresignedUrl(key, 300, {
        accessType: POST_UPLOAD_ACCESS_TYPE,
      }); // 5 minutes
      const publicUrl = s3.getPublicUrl(key, { accessType: POST_UPLOAD_ACCESS_TYPE });

      return sendSuccess(
        c,
        {
          presignedUrl,
          key,
          publicUrl,
          expiresIn: 300,
          maxSize: 1 * 1024 * 1024,
          requestedSize: size,
        },
        'Presigned URL generated successfully',
        201
      );
    }
  );

  postController.post('/upload/image', auth, async (c) => {
    const authUser = c.get('user') as jwtPayload;
    const formData = await c.req.formData();
    const file = formData.get('image') as File;

    if (!file) {
      throw Errors.InvalidInput('image', 'No image file provided');
    }

    const MAX_SIZE = 1 * 1024 * 1024; // 1MB
    if (file.size > MAX_SIZE) {
      throw Errors.InvalidInput(
        'image',
        `File size exceeds 1MB limit. Received: ${(file.size / 1024).toFixed(1)}KB`
      );
    }

    const allowedTypes = ['image/jpeg', 'image/png', 'image/gif', 'image/webp'];
    if (!allowedTypes.includes(file.type)) {
      throw Errors.InvalidInput('image', 'Invalid file type. Allowed: JPEG, PNG, GIF, WebP');
    }

    const mimeToExtension: Record<string, string> = {
      'image/jpeg': 'jpg',
      'image/png': 'png',
      'image/gif': 'gif',
      'image/webp': 'webp',
    };

    const extension = mimeToExtension[file.type] || 'jpg';
    const timestamp = Date.now();
    const randomStr = Math.random().toString(36).substring(2, 8);
    const key = `posts/${authUser.user_id}/${timestamp}-${randomStr}.${extension}`;
    const arrayBuffer = await file.arrayBuffer();
    const buffer = Buffer.from(arrayBuffer);
    const s3 = getS3Helper();
    const url = await s3.uploadFile(key, buffer, { accessType: POST_UPLOAD_ACCESS_TYPE });

    return sendSuccess(c, { url }, 'Image uploaded successfully', 201);
  });

  return postController;
};
