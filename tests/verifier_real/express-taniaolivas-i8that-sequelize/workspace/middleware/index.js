// excerpt of https://github.com/TaniaOlivas/i8that_server@2fd6b886d547:middleware/index.js
module.exports = {
  CORS: require('./headers'),
  validateJWT: require('./validate-jwt'),
};
