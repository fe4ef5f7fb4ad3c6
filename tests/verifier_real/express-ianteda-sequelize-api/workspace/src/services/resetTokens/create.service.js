// excerpt of https://github.com/IanTeda/express-sequelize-api@864766d7b789:src/services/resetTokens/create.service.js
import { statusCodes } from '../../configs';

import { ResetToken } from '../../database';

const createOne = async (UserId) => {
  try {
    // Check that a UserId has been passed in
    if (!UserId) {
      const error = new Error('SERVICE ERROR: No user id was provided to generate reset token.');
      error.statusCode = statusCodes.INTERNAL_SERVER_ERROR;
      throw error;
    }

    // Data used to create token
    // Everything else is set by database model defaults
    const resetTokenData = {
      UserId: UserId,
    };

    // Created token instance
    const createdResetToken = await ResetToken.create(resetTokenData);

    // Check we have a created reset token instance to return
    if (!createdResetToken) {
      const error = new Error('SERVICE ERROR: Create reset token returned no record.');
      error.statusCode = statusCodes.INTERNAL_SERVER_ERROR;
      throw error;
    }

    // Return created reset token instance
    return createdResetToken;
  } catch (error) {
    throw error;
  }
};
