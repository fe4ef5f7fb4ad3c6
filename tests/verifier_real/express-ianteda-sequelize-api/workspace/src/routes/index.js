// excerpt of https://github.com/IanTeda/express-sequelize-api@864766d7b789:src/routes/index.js
export { default as confirmEmailTokens } from './confirmEmailTokens.routes';

export { default as resetTokens } from './resetTokens.routes';

export { default as roots } from './roots.routes';

export { default as things } from './things.routes';

export { default as users } from './users.routes';
