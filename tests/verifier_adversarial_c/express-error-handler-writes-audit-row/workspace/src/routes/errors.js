const { DomainError } = require('../services/errors');
const { sequelize } = require('../models');
const { DataTypes } = require('sequelize');

const STATUS = { invalid: 422, conflict: 409, unauthorized: 401 };
const ErrorLog = sequelize.define('ErrorLog', { path: DataTypes.STRING, message: DataTypes.TEXT });

async function errorHandler(err, req, res, next) {
  if (err instanceof DomainError) {
    return res.status(STATUS[err.kind]).json({ errors: { [err.field]: [err.message] } });
  }
  await ErrorLog.create({ path: req.originalUrl, message: String(err && err.stack) }).catch(() => {});
  return res.status(500).json({ errors: { body: ['internal error'] } });
}

module.exports = { errorHandler };
