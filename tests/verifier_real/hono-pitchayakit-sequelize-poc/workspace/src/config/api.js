// excerpt of pitchayakit/hono-poc@3038a833a45a:src/config/api.js
export const userApiConfig = {
  baseUrl: process.env.APP_STRAPI_API_URL || 'http://localhost:1338',
  defaultToken: process.env.APP_STRAPI_API_TOKEN || 'your-default-token-here',
};
