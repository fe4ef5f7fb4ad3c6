// excerpt of https://github.com/infloop/node-express-sequelize-boilerplate@5f353bfbe4a7:app/route/PermissionRoutes.js
var logger = require("../../config/logger");

var routesConstants = require("../../config/routesConstants");

var permissionBusiness = require("../business/PermissionBusiness");

module.exports = function (app, passport) {

    var routes = routesConstants.getRoutes();

    // Get all permissions.
    app.get(routes.permissions, permissionBusiness.getAllPermissions);

    // Create a permission.
    app.post(routes.permissions, permissionBusiness.createPermission);

    // Get a specific permission.
    app.get(routes.specificPermission, permissionBusiness.getPermission);

    // Update a specific permission.
    app.put(routes.specificPermission, permissionBusiness.updatePermission);

    // delete a specific permission.
    app.delete(routes.specificPermission, permissionBusiness.deletePermission);
};
