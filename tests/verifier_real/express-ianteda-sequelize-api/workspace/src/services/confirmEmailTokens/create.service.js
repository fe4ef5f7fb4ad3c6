// excerpt of https://github.com/IanTeda/express-sequelize-api@864766d7b789:src/services/confirmEmailTokens/create.service.js
import { ConfirmEmailToken } from '../../database';

import { statusCodes } from '../../configs'

const createOne = async (UserId) => {
  try {
    // Check that a UserId has been passed in
    if (!UserId) {
      const error = new Error('SERVICE ERROR: No user id was provided to generate email confirmation token.');
      error.statusCode = statusCodes.INTERNAL_SERVER_ERROR;
      throw error;
    }

    // Data used to create token
    // Everything else is set by database model defaults
    const tokenData = {
      UserId: UserId,
    };

    // Created token instance
    const createdToken = await ConfirmEmailToken.create(tokenData);

    // Check we have a created reset token instance to return
    if (!createdToken) {
      const error = new Error('SERVICE ERROR: Failed to create email confirmation token.');
      error.statusCode = statusCodes.INTERNAL_SERVER_ERROR;
      throw error;
    }

    // Return created reset token instance
    return createdToken;
  } catch (error) {
    throw error;
  }
};
