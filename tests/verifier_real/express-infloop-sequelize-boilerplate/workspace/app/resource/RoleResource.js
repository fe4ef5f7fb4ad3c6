// excerpt of https://github.com/infloop/node-express-sequelize-boilerplate@5f353bfbe4a7:app/resource/RoleResource.js
var logger = require("../../config/logger");

module.exports.buildList = function(roleModels){
	if(roleModels.rows){
		if(Array.isArray(roleModels.rows)){
			var array = [];
			var rows = roleModels.rows;

			for(var i = 0; i < rows.length; i++) {
				var builtRole = module.exports.build(rows[i]);
				array.push(builtRole);
			}

			return {
				"roles": array,
				"pagination": {
					"offset": roleModels.offset,
					"page": Math.ceil(roleModels.offset/roleModels.limit),
					"limit": roleModels.limit,
					"count": roleModels.count
				}
			};
		}else{
			return module.exports.build(roleModels);
		}
	}else{
		return module.exports.build(roleModels);
	}

}
