// excerpt of https://github.com/infloop/node-express-sequelize-boilerplate@5f353bfbe4a7:app/auth/Authorization.js
var logger = require("../../config/logger");

var repositoryFactory = require("../repository/RepositoryFactory").getRepositoryFactory();

var constants = require("../../config/constants");

var routesConstants = require("../../config/routesConstants");

var env = process.env.NODE_ENV || 'development';

var config = require('../../config/config')[env];

var express = require("express");

exports.requiresLoginAndRedirect = function(req, res, next) {

    var userTokenRepository = repositoryFactory.getUserTokenRepository();

    //get the cookie
    var cookie = req.signedCookies[config.app.cookieName];

    var error = function(error){
        req.session.returnTo = req.originalUrl
        return res.redirect('/login');
    }

    if (!cookie) {
        return error("No autorizado.");	
    }

    var success = function(token){
        req.loggedInUser = token.userId;

        //update token
        userTokenRepository.updateTokenExpiration(cookie);

        next();
    }

    //find token
    userTokenRepository.findByToken(cookie, success, error);
}

exports.getTokenType = function(req){
    var type = constants.client.web;
    if(req.body && req.body.type){
        type = constants.client.mobile;
    }

    return type;
}

exports.requiresLogin = function(req, res, next) {

    var userTokenRepository = repositoryFactory.getUserTokenRepository();

    //get the token
    var cookie = getTokenFromRequest2(req);

    logger.debug("TOKEN:: "+cookie);

    if(!cookie) {		
        return error401(res, "No autorizado");	
    }

    var success = function(token) {
        if(token){
            req.loggedInUser = token.userId;

            //update token
            userTokenRepository.updateTokenExpiration(cookie);

            return next();
        }

        return error401(res, "No autorizado");
    }

    //find token
    userTokenRepository.findByToken(cookie, success, error401);
}

exports.checkIsAuthorizedToAccess = function(req, res, next) {

    var token = getTokenFromRequest2(req);

    var route = req.route;
    var httpVerb = route.method;
    var uri = req.path;

    var roleSuccess = function(roleResult) {

        var permissionSuccess = function(permissionList) {

            if (permissionList) {

                if (isAuthorized(permissionList, httpVerb, uri)) {

                    var message = "El usuario: " + token + 
                                  " está autorizado para ejecutar la operacion: "
                                  + httpVerb + " sobre la uri: " + uri;

                    logger.info(message);

                    // If the user is authorized the we allow he/she access the requested operation.
                    return next();

                } else {

                    error403(res, "No autorizado");
                }

            } else {

                // The given role does not conatin permissions.
                error403(res, "No autorizado");
            }
        };

        var permissionError = function(error) {
            res.status(503).json(error);
        };

        if (roleResult) {

            var roleRepository = repositoryFactory.getRoleRepository();
            roleRepository.getRolePermissions(roleResult.name, permissionSuccess, permissionError);

        } else {

            // No debería entrar aqui.
            var message = 'No hay existe un rol correspondiente al token enviado.';
            res.status(500).json(message);
        }
    };

    var roleError = function(roleErrorMessage) {
        res.status(503).json(error);
    };

    
    var publicResourceList = routesConstants.getPublicRoutes();

    if (isRequestingAPublicResource(publicResourceList, httpVerb, uri, req.app)) {

        // If the requested resource is public then it allows the user to access it.
        return next();

    } else {
        
        // If the requested resource is not public the it check if the user is authorized to access it.
        var sequelizeRepository = repositoryFactory.getSequelizeRepository();
        sequelizeRepository.findRoleByToken(token, roleSuccess, roleError);
    }
}
