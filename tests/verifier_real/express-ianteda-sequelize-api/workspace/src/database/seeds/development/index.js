// excerpt of https://github.com/IanTeda/express-sequelize-api@864766d7b789:src/database/seeds/development/index.js
export { default as users } from './users.seed';

export { default as things } from './things.seed';

export { default as resetTokens } from './resetToken.seed';

export { default as confirmEmailTokens } from './confirmEmailToken.seed';
