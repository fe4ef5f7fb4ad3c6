// excerpt of https://github.com/TaniaOlivas/i8that_server@2fd6b886d547:controllers/index.js
module.exports = {
  userController: require('./usercontroller'),
  foodController: require('./foodcontroller'),
};
