// excerpt of https://github.com/infloop/node-express-sequelize-boilerplate@5f353bfbe4a7:app/auth/index.js
var repositoryFactory = require("../repository/RepositoryFactory").getRepositoryFactory();

module.exports = function (passport, config, app) {

	var userRepository = repositoryFactory.getUserRepository();

	//local
	require("./LocalStrategy")(passport, config, app);
};
