# excerpt of https://github.com/Enforcer/clean-architecture@f0c1c0a83649:auctioning_platform/shipping/shipping/application/use_cases/shipping_package.py
from dataclasses import dataclass

from uuid import UUID

class ShippingPackageInputDto:
    package_uuid: UUID

class ShippingPackage:
    pass
