// excerpt of https://github.com/IanTeda/express-sequelize-api@864766d7b789:src/database/seeds/development/users.seed.js
import faker from 'faker';

import { roles, statuses } from '../../../../src/configs';
