// excerpt of https://github.com/infloop/node-express-sequelize-boilerplate@5f353bfbe4a7:app/route/RoleRoutes.js
var logger = require("../../config/logger");

var routesConstants = require("../../config/routesConstants");

var roleBusiness = require("../business/RoleBusiness");

module.exports = function (app, passport) {

    var routes = routesConstants.getRoutes();

    // Get all roles.
    app.get(routes.roles, roleBusiness.all);

    // Get a role with its permissions
    app.get(routes.specificRole, roleBusiness.getRole);
    
    // Create a new role.
    app.post(routes.roles, roleBusiness.create);

    // Update a given role.
    app.put(routes.specificRole, roleBusiness.updateRole);

    // Delete a specific role.
    app.delete(routes.specificRole, roleBusiness.deleteRole);

    // Get all role permissions
    app.get(routes.rolePermissions, roleBusiness.getRolePermissions);

    // add permissions to a role.
    app.post(routes.rolePermissions, roleBusiness.setMultiplePermissionsToRole);
};
