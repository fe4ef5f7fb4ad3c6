// excerpt of https://github.com/ProMasoud/koa-sequelize-boilerplate@c8495f4ef416:controllers/auth.js
import Boom from '@hapi/boom';

import { createJwtToken } from '../utils/auth';
