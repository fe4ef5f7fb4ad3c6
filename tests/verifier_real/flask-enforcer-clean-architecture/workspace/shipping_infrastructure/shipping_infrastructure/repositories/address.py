# excerpt of https://github.com/Enforcer/clean-architecture@f0c1c0a83649:auctioning_platform/shipping_infrastructure/shipping_infrastructure/repositories/address.py
import uuid

import faker

from shipping import AddressRepository

from shipping.domain.entities import Address

from shipping.domain.value_objects import ConsigneeId

class FakeAddressRepository(AddressRepository):
    def get(self, consignee_id: ConsigneeId) -> Address:
        fake = faker.Faker()
        return Address(
            uuid=uuid.uuid4(),
            street=fake.street_name(),
            house_number=fake.building_number(),
            city=fake.city(),
            state=fake.state(),
            zip_code=fake.zipcode(),
            country=fake.country(),
        )
