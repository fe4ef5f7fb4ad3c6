// excerpt of posquit0/koa-rest-api-boilerplate@ed077b84458a:app/config/cors.js
const config = {
  origins: (process.env.CORS_ORIGINS || '*').split(','),
};
