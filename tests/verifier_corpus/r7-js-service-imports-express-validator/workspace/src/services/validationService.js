const { validationResult } = require('express-validator');

function check(req) {
  return validationResult(req).array();
}

module.exports = { check };
