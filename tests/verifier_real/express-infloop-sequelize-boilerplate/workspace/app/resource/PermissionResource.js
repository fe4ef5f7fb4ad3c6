// excerpt of https://github.com/infloop/node-express-sequelize-boilerplate@5f353bfbe4a7:app/resource/PermissionResource.js
var logger = require("../../config/logger");

module.exports.build = function(permissionModel, additional){

	var result = {
		id: permissionModel.id,
		name: permissionModel.name,
		httpVerb: permissionModel.httpVerb,
		uri: permissionModel.uri
	}

	return result;
}

module.exports.buildList = function(permissionModels) {

	if(permissionModels.rows) {

		if(Array.isArray(permissionModels.rows)) {

			var array = [];
			var rows = permissionModels.rows;

			for(var i = 0; i < rows.length; i++) {
				var builtPermission = module.exports.build(rows[i]);
				array.push(builtPermission);
			}

			return {
				"permissions": array,
				"pagination": {
					"offset": permissionModels.offset,
					"page": Math.ceil(permissionModels.offset/permissionModels.limit),
					"limit": permissionModels.limit,
					"count": permissionModels.count
				}
			};

		} else {

			return module.exports.build(permissionModels);
		}
	} else {

		return module.exports.build(permissionModels);
	}
}
