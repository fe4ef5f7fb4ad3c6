# excerpt of https://github.com/Enforcer/clean-architecture@f0c1c0a83649:auctioning_platform/shipping/shipping/application/queries/__init__.py
from shipping.application.queries.package import GetNextPackage, PackageDto
