# excerpt of https://github.com/Enforcer/clean-architecture@f0c1c0a83649:auctioning_platform/web_app/web_app/blueprints/shipping.py
import dataclasses

from flask import Blueprint, Response, abort, jsonify, make_response

from flask_login import current_user

from shipping import GetNextPackage, ShippingPackage  # ShippingPackageInputDto

def get_next_package(query: GetNextPackage) -> Response:
    result = query.query()
    if not result:
        abort(404)
    return make_response(jsonify(dataclasses.asdict(result)))

def ship_package(package_uuid: str, shipping_package_uc: ShippingPackage) -> Response:
    if not current_user.is_authenticated:
        abort(403)
    # try:
    #     shipping_package_uc.execute(ShippingPackageInputDto(uuid.UUID(package_uuid)))
    # except PackageAlreadyShipped:
    #     abort(make_response(jsonify({"message": f"Package '{package_uuid}' has been shipped already"}), 400))
    # return make_response(jsonify({"message": f"Package '{package_uuid}' shipped successfully"}))
    return make_response()
