const { sequelize } = require('../db');
const queries = require('./queries');

module.exports = () => sequelize.query(queries.FEED);
