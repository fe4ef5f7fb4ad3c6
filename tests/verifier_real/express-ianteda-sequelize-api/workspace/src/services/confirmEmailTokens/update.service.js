// excerpt of https://github.com/IanTeda/express-sequelize-api@864766d7b789:src/services/confirmEmailTokens/update.service.js
import { statusCodes } from '../../configs';

import { ConfirmEmailToken } from '../../database';

const updateOneByPk = async (id, updateData) => {
  try {
    // Check we have the required paramter
    if (!id || !updateData) {
      const error = new Error('SERVICE ERROR: Insufficient parameters in confirm email token update request.');
      error.statusCode = statusCodes.INTERNAL_SERVER_ERROR;
      throw error;
    }

    // Find user to be updated
    const foundToken = await ConfirmEmailToken.findOne({
      where: {
        id: id,
      },
    });

    // Check we have a reset token record
    if (!foundToken) {
      const error = new Error(`SERVICE ERROR: Confirm email token ${id} was not found to update.`);
      error.statusCode = statusCodes.INTERNAL_SERVER_ERROR;
      throw error;
    }

    // Update token information only if we have a value
    if (updateData.UserId) foundToken.UserId = updateData.UserId;
    if (updateData.expiration) foundToken.expiration = updateData.expiration;

    // Save reset token instance to the database
    await foundToken.save();

    // Return the saved instance
    return foundToken;
  } catch (error) {
    throw error;
  }
};
