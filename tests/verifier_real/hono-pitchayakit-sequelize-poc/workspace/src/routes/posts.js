// excerpt of pitchayakit/hono-poc@3038a833a45a:src/routes/posts.js
import { Hono } from 'hono'

import { postController } from '../controllers/postController.js'

import { authMiddleware } from '../middleware/authMiddleware.js'
