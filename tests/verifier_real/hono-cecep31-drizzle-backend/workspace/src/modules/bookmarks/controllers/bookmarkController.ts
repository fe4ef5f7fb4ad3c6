// excerpt of https://github.com/cecep31/honobackend@b372b1e48765:src/modules/bookmarks/controllers/bookmarkController.ts
import { Hono } from 'hono';

import { auth } from '../../../middlewares/auth';

import type { AppServices } from '../../../services';

import type { Variables } from '../../../types/context';

import { safeLimit, safeOffset } from '../../../utils/request';

import { sendSuccess } from '../../../utils/response';

import { zValidator } from '@hono/zod-validator';

import { z } from 'zod';

import {
  MAX_BOOKMARK_NOTES_LENGTH,
  MAX_FOLDER_DESCRIPTION_LENGTH,
} from '../../../utils/validationLimits';

type BookmarkService = AppServices['bookmarkService'];

export const createBookmarkController = (bookmarkService: BookmarkService) => {
  const bookmarkController = new Hono<{ Variables: Variables }>();

  bookmarkController.post(
    '/:post_id',
    auth,
    zValidator('json', toggleBookmarkSchema),
    async (c) => {
      const { post_id } = c.req.param();
      const { user_id } = c.get('user');
      const { folder_id, name, notes } = c.req.valid('json');
      const result = await bookmarkService.toggleBookmark(post_id, user_id, folder_id, name, notes);
      return sendSuccess(c, result, 'Bookmark toggled successfully');
    }
  );

  bookmarkController.get('/', auth, async (c) => {
    const { user_id } = c.get('user');
    const folder_id = c.req.query('folder_id');
    const limit = safeLimit(c.req.query('limit'), 50);
    const offset = safeOffset(c.req.query('offset'), 0);
    const result = await bookmarkService.getBookmarksByUser(user_id, folder_id, limit, offset);
    return sendSuccess(c, result, 'Bookmarks fetched successfully');
  });

  bookmarkController.patch(
    '/:bookmark_id',
    auth,
    zValidator('json', updateBookmarkSchema),
    async (c) => {
      const { bookmark_id } = c.req.param();
      const { user_id } = c.get('user');
      const data = c.req.valid('json');
      const result = await bookmarkService.updateBookmark(bookmark_id, user_id, data);
      return sendSuccess(c, result, 'Bookmark updated successfully');
    }
  );

  bookmarkController.patch(
    '/:bookmark_id/move',
    auth,
    zValidator('json', moveBookmarkSchema),
    async (c) => {
      const { bookmark_id } = c.req.param();
      const { user_id } = c.get('user');
      const { folder_id } = c.req.valid('json');
      const result = await bookmarkService.moveToFolder(bookmark_id, user_id, folder_id || null);
      return sendSuccess(c, result, 'Bookmark moved successfully');
    }
  );

  bookmarkController.post('/folders', auth, zValidator('json', createFolderSchema), async (c) => {
    const { user_id } = c.get('user');
    const { name, description } = c.req.valid('json');
    const result = await bookmarkService.createFolder(user_id, name, description);
    return sendSuccess(c, result, 'Folder created successfully', 201);
  });

  bookmarkController.get('/folders', auth, async (c) => {
    const { user_id } = c.get('user');
    const result = await bookmarkService.getFoldersByUser(user_id);
    return sendSuccess(c, result, 'Folders fetched successfully');
  });

  bookmarkController.patch(
    '/folders/:folder_id',
    auth,
    zValidator('json', updateFolderSchema),
    async (c) => {
      const { folder_id } = c.req.param();
      const { user_id } = c.get('user');
      const data = c.req.valid('json');
      const result = await bookmarkService.updateFolder(folder_id, user_id, data);
      return sendSuccess(c, result, 'Folder updated successfully');
    }
  );

  bookmarkController.delete('/folders/:folder_id', auth, async (c) => {
    const { folder_id } = c.req.param();
    const { user_id } = c.get('user');
    const result = await bookmarkService.deleteFolder(folder_id, user_id);
    return sendSuccess(c, result, 'Folder deleted successfully');
  });

  return bookmarkController;
};
