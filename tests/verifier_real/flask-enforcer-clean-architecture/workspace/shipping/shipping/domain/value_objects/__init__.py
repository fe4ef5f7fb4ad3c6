# excerpt of https://github.com/Enforcer/clean-architecture@f0c1c0a83649:auctioning_platform/shipping/shipping/domain/value_objects/__init__.py
from shipping.domain.value_objects.package_status import PackageStatus
