// excerpt of https://github.com/IanTeda/express-sequelize-api@864766d7b789:src/services/things/index.js
export { createOne } from './create.service';

export { default as create } from './create.service';

export { findOneByPk, findAll, findAndCountAll } from './find.service';

export { default as find } from './find.service';

export { updateOneByPk } from './update.service';

export { default as update } from './update.service';

export { destroyOneByPk, destroyAll } from './destroy.service';

export { default as destroy } from './destroy.service';
