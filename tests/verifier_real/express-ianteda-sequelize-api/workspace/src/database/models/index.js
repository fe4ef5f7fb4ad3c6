// excerpt of https://github.com/IanTeda/express-sequelize-api@864766d7b789:src/database/models/index.js
export { default as user } from './user.model';

export { default as thing } from './thing.model';

export { default as resetToken } from './resetToken.model';

export { default as confirmEmailToken } from './confirmEmailToken.model';
