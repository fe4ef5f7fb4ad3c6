// excerpt of https://github.com/IanTeda/express-sequelize-api@864766d7b789:src/services/resetTokens/update.service.js
import { statusCodes } from '../../configs';

import { ResetToken } from '../../database';

const updateOneByPk = async (id, resetTokenData) => {
  try {
    // Check we have the required paramter
    if (!id || !resetTokenData) {
      const error = new Error('SERVICE ERROR: Insufficient parameters in reset token update request.');
      error.statusCode = statusCodes.INTERNAL_SERVER_ERROR;
      throw error;
    }

    // Find user to be updated
    const foundResetToken = await ResetToken.findOne({
      where: {
        id: id,
      },
    });

    // Check we have a reset token record
    if (!foundResetToken) {
      const error = new Error(`SERVICE ERROR: Reset token ${id} was not found to update.`);
      error.statusCode = statusCodes.INTERNAL_SERVER_ERROR;
      throw error;
    }

    // Update reset token information only if we have a value
    // False will not get in, so we need a deep equals
    if (resetTokenData.isUsed || resetTokenData.isUsed === false) {
      foundResetToken.isUsed = resetTokenData.isUsed;
    }

    // Save reset token instance to the database
    await foundResetToken.save();

    // Return the saved instance
    return foundResetToken;
  } catch (error) {
    throw error;
  }
};

const updateUsedByUserId = async (UserId) => {
  try {
    if (!UserId) {
      const error = new Error('SERVICE ERROR: No UserId was provided to update reset tokens used.');
      // TODO think through status code to use in this authentication workflow
      error.statusCode = statusCodes.INTERNAL_SERVER_ERROR;
      throw error;
    }

    // Update all tokens for given email to isUsed:true
    await ResetToken.update(
      {
        isUsed: true,
      },
      {
        where: {
          UserId: UserId,
        },
      }
    );

    return true;
  } catch (error) {
    throw error;
  }
};
