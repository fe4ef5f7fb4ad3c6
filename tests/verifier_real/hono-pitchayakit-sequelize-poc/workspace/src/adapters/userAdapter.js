// excerpt of pitchayakit/hono-poc@3038a833a45a:src/adapters/userAdapter.js
import axios from 'axios';

import { userApiConfig } from '../config/api.js';

function createApiClient() {
  if (!authToken) {
    throw new Error('Authentication token not configured');
  }
  
  return axios.create({
    baseURL: API_URL,
    headers: {
      'Authorization': `Bearer ${authToken}`,
      'Content-Type': 'application/json'
    }
  });
}

export const userAdapter = {
  /**
   * Configure the adapter with authentication token
   * @param {string} token - Bearer token for authentication
   */
  configure(token) {
    if (!token) {
      throw new Error('Authentication token is required');
    }
    authToken = token;
  },
  
  /**
   * Reset to default token from configuration
   */
  resetToDefaultToken() {
    authToken = userApiConfig.defaultToken;
  },
  
  /**
   * Clear the configured token
   */
  clearToken() {
    authToken = null;
  },
  
  /**
   * Check if adapter is configured with token
   * @returns {boolean} True if token is configured
   */
  isConfigured() {
    return !!authToken;
  },

  /**
   * Get current base URL
   * @returns {string} The base URL
   */
  getBaseUrl() {
    return API_URL;
  },

  /**
   * Fetch all users from the API
   * @returns {Promise<Array>} Promise resolving to array of users
   */
  async getAllUsers() {
    const apiClient = createApiClient();
    const response = await apiClient.get('users');
    return response.data;
  },

  /**
   * Fetch a specific user by ID
   * @param {string|number} userId - User ID
   * @returns {Promise<Object>} Promise resolving to user object
   */
  async getUserById(userId) {
    if (!userId) {
      throw new Error('User ID is required');
    }
    const apiClient = createApiClient();
    const response = await apiClient.get(`users/${userId}`);
    return response.data;
  }
};
