# excerpt of https://github.com/Enforcer/clean-architecture@f0c1c0a83649:auctioning_platform/shipping/shipping/domain/value_objects/package_status.py
from enum import Enum

class PackageStatus(Enum):
    CREATED = "CREATED"
    SHIPPED = "SHIPPED"
