// excerpt of https://github.com/IanTeda/express-sequelize-api@864766d7b789:src/services/confirmEmailTokens/destroy.service.js
import { Op } from 'sequelize';

import { statusCodes } from '../../configs';

import { ConfirmEmailToken } from '../../database';

const destroyOneByPk = async (id) => {
  try {
    // Check a primary key id has been passed in
    if (!id) {
      const error = new Error('SERVICE ERROR: No id provided to destroy email confirmation token.');
      error.statusCode = statusCodes.INTERNAL_SERVER_ERROR;
      throw error;
    }

    // Count the number of reset tokens destroyed with id
    const destroyedCount = await ConfirmEmailToken.destroy({
      where: {
        id: id,
      },
    });

    // Check there is a count to return
    if (!destroyedCount) {
      const error = new Error(`SERVICE ERROR: Confirm email token ${id} was not found to destroy.`);
      error.statusCode = statusCodes.INTERNAL_SERVER_ERROR;
      throw error;
    }

    return destroyedCount;
  } catch (error) {
    throw error;
  }
};

const destroyExpiredTokens = async () => {
  try {
    // Current date time
    const now = new Date();

    // Count the number of expired tokens destroyed where expiration date is less than now
    const destroyedCount = await ConfirmEmailToken.destroy({
      where: {
        expiration: {
          [Op.lt]: now,
        },
      },
    });

    // Check there is a count to return
    if (!destroyedCount) {
      const error = new Error(`SERVICE ERROR: Could not count expired email confirmation tokens that where destroyed.`);
      error.statusCode = statusCodes.INTERNAL_SERVER_ERROR;
      throw error;
    }

    return destroyedCount;
  } catch (error) {
    throw error;
  }
};
