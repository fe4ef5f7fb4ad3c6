// excerpt of gothinkster/node-express-realworld-example-app@30b68e1e8814:src/app/routes/auth/user.model.ts
import { Article } from '../article/article.model';

import { Comment } from '../article/comment.model';
