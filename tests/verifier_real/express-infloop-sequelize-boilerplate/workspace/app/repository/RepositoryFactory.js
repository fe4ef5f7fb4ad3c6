// excerpt of https://github.com/infloop/node-express-sequelize-boilerplate@5f353bfbe4a7:app/repository/RepositoryFactory.js
var logger = require("../../config/logger");

module.exports.getRepositoryFactory = function() {

    var repositoryFactory = {

        getSequelizeRepository: function() {
            return require("../repository/SequelizeRepository").init(appReference.get("models").sequelize);
        },

        getUserRepository: function() {
            return require("../repository/UserRepository").init(appReference.get("models").User);
        },

        getRoleRepository: function() {
            return require("../repository/RoleRepository").init(appReference.get("models").Role);
        },

        getPermissionRepository: function() {
            return require("../repository/PermissionRepository").init(appReference.get("models").Permission);
        },

        getUserTokenRepository: function() {
            return require("../repository/UserTokenRepository").init(appReference.get("models").UserToken);
        }
    };

    return repositoryFactory;
};
