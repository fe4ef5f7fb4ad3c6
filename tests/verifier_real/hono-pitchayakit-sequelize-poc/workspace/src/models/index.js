// excerpt of pitchayakit/hono-poc@3038a833a45a:src/models/index.js
import { sequelize } from '../config/database.js';

import Post from './Post.js';

export {
  sequelize,
  Post
};

export default {
  sequelize,
  Post
};
