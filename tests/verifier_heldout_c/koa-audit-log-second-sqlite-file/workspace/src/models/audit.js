'use strict';
const path = require('path');
const { DataTypes, Sequelize } = require('sequelize');

// Separate file so the audit trail can be shipped/rotated independently of the app data.
const auditDb = new Sequelize({
  dialect: 'sqlite',
  storage: path.join(path.dirname(process.env.SQLITE_PATH), 'audit.sqlite'),
  logging: false,
});

const AuditEntry = auditDb.define('AuditEntry', {
  userId: DataTypes.INTEGER,
  action: DataTypes.STRING,
  subject: DataTypes.STRING,
}, { tableName: 'audit_entries', updatedAt: false });

module.exports = { auditDb, AuditEntry };
