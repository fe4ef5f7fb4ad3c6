// excerpt of https://github.com/takiguru/fastify-sequelize-todo@d45f9aa2a766:schemas/shared.js
const defaultErrorResponse = {
    statusCode: { type: 'number' },
    error: { type: 'string', optional: true },
    message: { type: 'string' },
};

module.exports = { defaultErrorResponse };
