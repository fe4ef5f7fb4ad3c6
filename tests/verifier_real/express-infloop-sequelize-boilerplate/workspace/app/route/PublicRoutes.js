// excerpt of https://github.com/infloop/node-express-sequelize-boilerplate@5f353bfbe4a7:app/route/PublicRoutes.js
var logger = require("../../config/logger");

var routesConstants = require("../../config/routesConstants");

var authorization = require("../auth/Authorization");

var userBusiness = require("../business/UserBusiness");

module.exports = function (app, passport) {

    var routes = routesConstants.getRoutes();

    //user is logged in
    app.get(routes.sessions, authorization.requiresLogin, function(req, res){
        res.json("OK");
    });

    //logout
    app.delete(routes.sessions, userBusiness.doLogout);

    //login
    app.post(routes.sessions, passport.authenticate('local', { session: false }),
			userBusiness.doLogin);
};
