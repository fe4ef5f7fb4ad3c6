// excerpt of gothinkster/node-express-realworld-example-app@30b68e1e8814:src/app/routes/article/author.mapper.ts
import { User } from '../auth/user.model';
