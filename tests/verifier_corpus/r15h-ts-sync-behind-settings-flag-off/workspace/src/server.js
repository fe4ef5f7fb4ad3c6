import { env } from './env.js';
import { sequelize } from './db.js';

if (env.DB_SYNC === 'true') await sequelize.sync();
