// excerpt of https://github.com/IanTeda/express-sequelize-api@864766d7b789:src/services/things/update.service.js
import { statusCodes } from '../../configs';

import { findOneByPk } from './find.service';

const updateOneByPk = async (id, updatedThingData) => {
  try {
    // Check we have a primary key id and data to update
    if (!id || !updatedThingData) {
      let err = new Error('SERVICE ERROR: Insufficient parameters in Thing update request.');
      err.statusCode = statusCodes.INTERNAL_SERVER_ERROR;
      throw err;
    }

    // Find thing to be updated
    let foundThing = await findOneByPk(id);

    // Update thing information only if we have a value
    if (updatedThingData.name) foundThing.name = updatedThingData.name;
    if (updatedThingData.description) foundThing.description = updatedThingData.description;
    if (updatedThingData.price) foundThing.price = updatedThingData.price;

    // Save thing instance to the database
    await foundThing.save();

    // Return the saved instance
    return foundThing;
  } catch (error) {
    throw error;
  }
};
