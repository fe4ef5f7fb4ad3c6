// excerpt of https://github.com/infloop/node-express-sequelize-boilerplate@5f353bfbe4a7:app/business/TokenBusiness.js
var logger = require("../../config/logger");

var constants = require("../../config/constants");

var repositoryFactory = require("../repository/RepositoryFactory").getRepositoryFactory();

var authorization = require("../auth/Authorization");

var env = process.env.NODE_ENV || 'development';

var config = require('../../config/config')[env];

var permissionResource = require("../resource/PermissionResource");

module.exports.getPermissionsByToken = function(req, res){

    var token = authorization.getTokenFromRequest(req);

    var success = function(permissions){
        logger.debug(permissions);
        res.json(permissionResource.buildList(permissions));
    }

    var error = function(error){
        res.status(500).json(error);
    }

    var sequelizeRepository = repositoryFactory.getSequelizeRepository();
    sequelizeRepository.findPermissionsByToken(token, success, error);   
}
