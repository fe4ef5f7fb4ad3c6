// excerpt of https://github.com/infloop/node-express-sequelize-boilerplate@5f353bfbe4a7:app/route/TokenRoutes.js
var logger = require("../../config/logger");

var routesConstants = require("../../config/routesConstants");

var tokenBusiness = require("../business/TokenBusiness");

module.exports = function (app, passport) {

    var routes = routesConstants.getRoutes();

    // Get permissions by tokeb
    app.get(routes.tokenPermissions, tokenBusiness.getPermissionsByToken);
};
