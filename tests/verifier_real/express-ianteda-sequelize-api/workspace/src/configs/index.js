// excerpt of https://github.com/IanTeda/express-sequelize-api@864766d7b789:src/configs/index.js
export { default as statusCodes } from './statusCodes.config'

export { default as logger } from './logger.config';

export { default as nodemailer } from './nodemailer.config';

export { default as jwt } from './jwt.config';

export { default as roles } from './roles.config';

export { default as statuses } from './statuses.config';

export { default as database } from './database.config';

export { default as resources } from './resources.config';

export { default as credentials } from './credentials.config'

export { default as passport } from './passport.config';
