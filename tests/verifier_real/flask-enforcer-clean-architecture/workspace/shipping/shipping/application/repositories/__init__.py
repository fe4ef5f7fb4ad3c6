# excerpt of https://github.com/Enforcer/clean-architecture@f0c1c0a83649:auctioning_platform/shipping/shipping/application/repositories/__init__.py
__all__ = ["AddressRepository"]

from shipping.application.repositories.address import AddressRepository
