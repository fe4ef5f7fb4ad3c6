# excerpt of https://github.com/Enforcer/clean-architecture@f0c1c0a83649:auctioning_platform/shipping/shipping/domain/entities/__init__.py
from shipping.domain.entities.address import Address
