// excerpt of https://github.com/TaniaOlivas/i8that_server@2fd6b886d547:models/index.js
const UserModel = require('./user');

const FoodModel = require('./foodlog');

module.exports = {
  UserModel,
  FoodModel,
};
