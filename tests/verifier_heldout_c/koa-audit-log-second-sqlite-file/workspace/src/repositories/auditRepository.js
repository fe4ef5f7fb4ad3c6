'use strict';
const { AuditEntry } = require('../models/audit');

async function record(userId, action, subject) {
  await AuditEntry.create({ userId, action, subject });
}

module.exports = { record };
