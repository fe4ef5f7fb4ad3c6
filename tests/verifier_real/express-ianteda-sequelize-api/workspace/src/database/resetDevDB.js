// excerpt of https://github.com/IanTeda/express-sequelize-api@864766d7b789:src/database/resetDevDB.js
import { sequelize, User, Thing, ResetToken, ConfirmEmailToken } from './index';

import { users as usersSeedData, things as thingsSeedData, resetTokens as resetTokensSeed, confirmEmailTokens as confirmEmailTokensSeed } from './seeds/development';

const syncDevDB = async () => {
  try {
    console.log('Dropping development database tables and recreating');

    await sequelize.sync({
      force: true,
      match: /_development$/,
    });
  } catch (error) {
    throw error;
  }
};

const resetDevDB = async () => {
  try {
    await syncDevDB();
    console.log('Development database synced.');

    await seedDevDB();
    console.log('Development database seeded.');

    sequelize.close();
  } catch (error) {
    console.log('RESET ERROR: ' + error.message);
  }
};
