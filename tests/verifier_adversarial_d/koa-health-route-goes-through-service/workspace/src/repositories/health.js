const { sequelize } = require('../models');
exports.ping = async () => { await sequelize.authenticate(); return true; };
