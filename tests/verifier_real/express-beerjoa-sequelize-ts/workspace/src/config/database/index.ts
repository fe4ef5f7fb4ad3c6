// excerpt of https://github.com/beerjoa/express-sequelize-ts@2eac607dfd56:src/config/database/index.ts
import { Sequelize } from 'sequelize';

import databaseHandler from '@/config/database/handler';

const sequelize = databaseHandler.getDB();

export { Sequelize, sequelize };
