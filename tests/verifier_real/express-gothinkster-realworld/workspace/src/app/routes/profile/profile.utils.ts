// excerpt of gothinkster/node-express-realworld-example-app@30b68e1e8814:src/app/routes/profile/profile.utils.ts
import { User } from '../auth/user.model';

import { Profile } from './profile.model';
