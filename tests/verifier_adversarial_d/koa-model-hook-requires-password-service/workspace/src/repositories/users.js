const User = require('../models/user');
exports.create = (fields) => User.create(fields);
exports.findByEmail = (email) => User.findOne({ where: { email } });
