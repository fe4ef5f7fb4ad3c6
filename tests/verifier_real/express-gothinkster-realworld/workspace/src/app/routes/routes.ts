// excerpt of gothinkster/node-express-realworld-example-app@30b68e1e8814:src/app/routes/routes.ts
import { Router } from 'express';

import tagsController from './tag/tag.controller';

import articlesController from './article/article.controller';

import authController from './auth/auth.controller';

import profileController from './profile/profile.controller';

const api = Router()
  .use(tagsController)
  .use(articlesController)
  .use(profileController)
  .use(authController);

export default Router().use('/api', api);
