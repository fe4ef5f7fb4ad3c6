// excerpt of https://github.com/infloop/node-express-sequelize-boilerplate@5f353bfbe4a7:app/route/UserRoutes.js
var routesConstants = require("../../config/routesConstants");

var userBusiness = require("../business/UserBusiness");

var authorization = require("../auth/Authorization");

module.exports = function (app, passport) {

    var routes = routesConstants.getRoutes();

	//all users
	app.get(routes.users, userBusiness.all);

	//new user
	app.post(routes.users, userBusiness.create);

    // Get a specific user.
    app.get(routes.specificUSer, userBusiness.getUserById);

    // Update the information of a given user.
    app.put(routes.specificUSer, userBusiness.updateUserById);

    // Delete a specific user.
    app.delete(routes.specificUSer, userBusiness.deleteUserById);
};
