// excerpt of https://github.com/IanTeda/express-sequelize-api@864766d7b789:src/services/things/destroy.service.js
import { statusCodes } from '../../configs';

import { Thing } from '../../database';

const destroyOneByPk = async (id) => {
  try {
    // Check we have a primary key id passed in
    if (!id) {
      const err = new Error('SERVICE ERROR: No primary key id provided in Thing destroy request.');
      err.statusCode = statusCodes.INTERNAL_SERVER_ERROR;
      throw err;
    }

    // Return number of rows destroyed
    const destroyedThingsCount = await Thing.destroy({
      where: {
        id: id,
      },
    });

    // Check there is a destroyed thing count to return
    if (!destroyedThingsCount) {
      const error = new Error(`SERVICE ERROR: Thing ${id} was not found to destroy.`);
      error.statusCode = statusCodes.INTERNAL_SERVER_ERROR;
      throw error;
    }

    return destroyedThingsCount;
  } catch (error) {
    throw error;
  }
};

const destroyAll = async () => {
  try {
    // Count the number of things destroyed
    const destroyedThingsCount = await Thing.destroy({
      where: {},
      truncate: false,
    });

    // Check there is a destroyed thing count to return
    if (!destroyedThingsCount) {
      const error = new Error(`SERVICE ERROR: All things where not destroyed.`);
      error.statusCode = statusCodes.INTERNAL_SERVER_ERROR;
      throw error;
    }

    return destroyedThingsCount;
  } catch (error) {
    throw error;
  }
};
