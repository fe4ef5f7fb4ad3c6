// excerpt of https://github.com/IanTeda/express-sequelize-api@864766d7b789:src/services/index.js
export * as things from './things';

export * as users from './users';

export * as resetTokens from './resetTokens';

export * as confirmEmailTokens from './confirmEmailTokens';
