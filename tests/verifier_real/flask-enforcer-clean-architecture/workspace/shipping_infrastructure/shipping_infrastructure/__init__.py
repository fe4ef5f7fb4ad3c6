# excerpt of https://github.com/Enforcer/clean-architecture@f0c1c0a83649:auctioning_platform/shipping_infrastructure/shipping_infrastructure/__init__.py
import injector

from shipping import AddressRepository  # GetNextPackage

from shipping_infrastructure.models import packages

from shipping_infrastructure.repositories import FakeAddressRepository

class ShippingInfrastructure(injector.Module):
    # @injector.provider
    # def get_next_package_query(self, conn: Connection) -> GetNextPackage:
    #     return SqlGetNextPackage(conn)

    @injector.provider
    def address_repo(self) -> AddressRepository:
        return FakeAddressRepository()
