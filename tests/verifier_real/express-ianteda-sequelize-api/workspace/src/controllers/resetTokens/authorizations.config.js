// excerpt of https://github.com/IanTeda/express-sequelize-api@864766d7b789:src/controllers/resetTokens/authorizations.config.js
import { AccessControl } from 'accesscontrol';

import { roles, resources } from '../../configs';
