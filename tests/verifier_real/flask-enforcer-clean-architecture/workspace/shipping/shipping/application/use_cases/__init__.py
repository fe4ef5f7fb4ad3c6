# excerpt of https://github.com/Enforcer/clean-architecture@f0c1c0a83649:auctioning_platform/shipping/shipping/application/use_cases/__init__.py
from shipping.application.use_cases.shipping_package import ShippingPackage, ShippingPackageInputDto
