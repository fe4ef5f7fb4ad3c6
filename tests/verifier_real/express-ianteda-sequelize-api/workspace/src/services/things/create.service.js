// excerpt of https://github.com/IanTeda/express-sequelize-api@864766d7b789:src/services/things/create.service.js
import { statusCodes } from '../../configs';

import { Thing } from '../../database';

const createOne = async (thingData) => {
  try {
    // Check we have thing data to create with
    if (!thingData) {
      const err = new Error('SERVICE ERROR: Thing request contained no data.');
      err.statusCode = statusCodes.INTERNAL_SERVER_ERROR;
      throw err;
    }

    // Build thing object
    const newThingData = {
      name: thingData.name,
      description: thingData.description,
      price: thingData.price,
    };

    // Create a new thing
    const createdThing = await Thing.create(newThingData);

    // Check we have a created thing instance to return
    if (!createdThing) {
      const error = new Error(`SERVICE ERROR: Unable to create thing.`);
      error.statusCode = statusCodes.INTERNAL_SERVER_ERROR;
      throw error;
    }

    return createdThing;
  } catch (error) {
    throw error;
  }
};
