'use strict';
// One import for the route layer.
module.exports = {
  ...require('./users'),
  ...require('./articles'),
  ...require('./errors'),
  ...require('../repositories/articles'),
};
