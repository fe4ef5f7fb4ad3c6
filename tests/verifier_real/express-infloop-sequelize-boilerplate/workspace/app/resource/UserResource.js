// excerpt of https://github.com/infloop/node-express-sequelize-boilerplate@5f353bfbe4a7:app/resource/UserResource.js
var logger = require("../../config/logger");

module.exports.build = function(userModel, additional){

	var result = {
		id: userModel.id,
		username: userModel.username,
		email: userModel.email,
		createdAt: userModel.createdAt,
		roleId: userModel.roleId
	}

	return result;
}

module.exports.buildList = function(userModel){

	var array = [];

	var rows = userModel.rows;

	for(var i = 0; i < rows.length; i++) {

		var builtUser = module.exports.build(rows[i]);
		array.push(builtUser);
	}

	return {
		"users": array,
		"pagination": {
			"offset": userModel.offset,
			"page": Math.ceil(userModel.offset/userModel.limit),
			"limit": userModel.limit,
			"count": userModel.count
		}
	};

}
