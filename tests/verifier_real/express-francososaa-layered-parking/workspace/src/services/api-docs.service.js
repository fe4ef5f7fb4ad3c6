// excerpt of https://github.com/francososaa/Estacionamiento@d3fd5295596a:src/services/api-docs.service.js
const swaggerUI = require('swagger-ui-express');

const swaggerDocument = require('../../swagger.json');

const swagger = (app) => {
    app.use("/api/docs", swaggerUI.serve, swaggerUI.setup(swaggerDocument));
};
