// excerpt of https://github.com/IanTeda/express-sequelize-api@864766d7b789:src/services/users/destroy.service.js
import { statusCodes } from '../../configs';

import { User } from '../../database';

const destroyByPk = async (id) => {
  try {
    // Check a primary key id has been passed in to destroy
    if (!id) {
      const error = new Error('SERVICE ERROR: No id provided in user destroy request');
      error.statusCode = statusCodes.INTERNAL_SERVER_ERROR;
      throw error;
    }

    // Count the number of users destroyed
    let destroyedUserCount = await User.destroy({
      where: {
        id: id,
      },
    });

    // Check we have a destroyed user count to return
    if (!destroyedUserCount) {
      const error = new Error(`SERVICE ERROR: User ${id} was not found to destroy.`);
      error.statusCode = statusCodes.INTERNAL_SERVER_ERROR;
      throw error;
    }

    return destroyedUserCount;
  } catch (error) {
    throw error;
  }
};
