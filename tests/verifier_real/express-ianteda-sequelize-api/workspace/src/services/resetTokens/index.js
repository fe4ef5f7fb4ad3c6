// excerpt of https://github.com/IanTeda/express-sequelize-api@864766d7b789:src/services/resetTokens/index.js
export { createOne } from './create.service';

export { default as create } from './create.service';

export { findAll, findOneByPk, findOneByToken } from './find.service';

export { default as find } from './find.service';

export { updateOneByPk, updateUsedByUserId } from './update.service';

export { default as update } from './update.service';

export { destroyOneByPk, destroyExpiredTokens } from './destroy.service';

export { default as destroy } from './destroy.service';

export { validateToken } from './validate.service';

export { default as validate } from './validate.service';
