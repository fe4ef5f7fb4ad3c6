// excerpt of https://github.com/IanTeda/express-sequelize-api@864766d7b789:src/controllers/index.js
export * as authentications from './authentications';

export * as confirmEmailTokens from './confirmEmailTokens';

export * as resetTokens from './resetTokens';

export * as roots from './roots';

export * as things from './things';

export * as users from './users';
