// excerpt of https://github.com/IanTeda/express-sequelize-api@864766d7b789:src/controllers/users/index.js
export { createOne } from './create.controller';

export { default as create } from './create.controller';

export { readAll, readOne } from './read.controller';

export { default as read } from './read.controller';

export { updateOne } from './update.controller';

export { default as update } from './update.controller';

export { destroyOne, destroyAll } from './destroy.controller';

export { default as destroy } from './destroy.controller';
