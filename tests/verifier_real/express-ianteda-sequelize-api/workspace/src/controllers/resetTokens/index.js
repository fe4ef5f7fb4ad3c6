// excerpt of https://github.com/IanTeda/express-sequelize-api@864766d7b789:src/controllers/resetTokens/index.js
export { createOne } from './create.controller';

export { default as create } from './create.controller';

export { readAll, readOne } from './read.controller';

export { default as read } from './read.controller';

export { updateOne } from './update.controller';

export { default as update } from './update.controller';

export { destroyOne, destroyExpired } from './destroy.controller';

export { default as destroy } from './destroy.controller';
