// excerpt of fernandowobeto/nodejs-express-api-boilerplate@5ba4728e3c58:config/database.js
module.exports = {
    host: '127.0.0.1',
    port: 5432,
    user: 'postgres',
    password: 123,
    database: 'testes_express'
};
