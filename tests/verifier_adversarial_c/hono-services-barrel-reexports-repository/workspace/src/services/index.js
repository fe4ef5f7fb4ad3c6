module.exports = {
  ...require('./users'),
  ...require('./errors'),
  ...require('../repositories/users'),
};
