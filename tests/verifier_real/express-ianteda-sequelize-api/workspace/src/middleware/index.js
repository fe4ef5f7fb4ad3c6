// excerpt of https://github.com/IanTeda/express-sequelize-api@864766d7b789:src/middleware/index.js
export { authorization } from './authorization.middleware';

export { authenticate } from './authenticate.middleware';

export { errors } from './errors.middleware';

export { notFound } from './notFound.middleware';
