# excerpt of https://github.com/Enforcer/clean-architecture@f0c1c0a83649:auctioning_platform/shipping/shipping/application/repositories/address.py
import abc

from shipping.domain.entities import Address

from shipping.domain.value_objects import ConsigneeId

class AddressRepository(abc.ABC):
    @abc.abstractmethod
    def get(self, consignee_id: ConsigneeId) -> Address:
        pass
