// excerpt of pitchayakit/hono-poc@3038a833a45a:src/services/userService.js
import { userAdapter } from '../adapters/userAdapter.js';

import { wrapServiceWithErrorHandling } from '../middleware/serviceWrapper.js';

const userServiceImplementation = {
  /**
   * Get all users
   * @returns {Promise<Array>} Promise resolving to a list of all users
   */
  async getAllUsers() {
    return await userAdapter.getAllUsers();
  },

  /**
   * Get a user by ID
   * @param {string|number} userId - User ID
   * @returns {Promise<Object|null>} Promise resolving to user object or null if not found
   */
  async getUserById(userId) {
    if (!userId) {
      throw new Error('User ID is required');
    }
    
    return await userAdapter.getUserById(userId);
  },
};

export const userService = wrapServiceWithErrorHandling(userServiceImplementation);
