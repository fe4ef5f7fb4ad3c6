# excerpt of https://github.com/Enforcer/clean-architecture@f0c1c0a83649:auctioning_platform/shipping_infrastructure/shipping_infrastructure/repositories/__init__.py
__all__ = ["FakeAddressRepository"]

from shipping_infrastructure.repositories.address import FakeAddressRepository
