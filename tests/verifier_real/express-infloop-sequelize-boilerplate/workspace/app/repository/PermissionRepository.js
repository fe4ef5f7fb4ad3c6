// excerpt of https://github.com/infloop/node-express-sequelize-boilerplate@5f353bfbe4a7:app/repository/PermissionRepository.js
var permissionModelReference;

module.exports.init = function(permissionModel) {

    permissionModelReference = permissionModel;
    return this;
}

module.exports.getModel = function() {
    return permissionModelReference;
}

module.exports.getAllPermissions = function(options, success, error) {
    permissionModelReference.findAndCountAll({offset: options.offset, limit: options.limit}).success(success).error(error);
}

module.exports.getPermissionByName = function(permissionName, success, error) {
    permissionModelReference.find({ where: { name: permissionName } }).success(success).error(error);
}

module.exports.getPermissionById = function(id, success, error) {
    permissionModelReference.find({ where: { id: id } }).success(success).error(error);
}

module.exports.updatePermission = function(id, updatedPermission, success, error) {
    // update(updated entity, where clause)
    permissionModelReference.update(updatedPermission, { id: id }).success(success).error(error);
}

module.exports.deletePermission = function(id, success, error) {
    permissionModelReference.destroy({ id: id }).success(success).error(error);
}
