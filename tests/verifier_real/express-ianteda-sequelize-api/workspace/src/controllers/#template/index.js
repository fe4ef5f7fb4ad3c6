// excerpt of https://github.com/IanTeda/express-sequelize-api@864766d7b789:src/controllers/#template/index.js
export { createOne } from './create.controller';

export { readOne, readAll } from './read.controller';

export { updateOne } from './update.controller';

export { destroyOne, destroyAll } from './destroy.controller';
