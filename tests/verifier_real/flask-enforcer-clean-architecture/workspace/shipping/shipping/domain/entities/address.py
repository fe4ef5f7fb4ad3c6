# excerpt of https://github.com/Enforcer/clean-architecture@f0c1c0a83649:auctioning_platform/shipping/shipping/domain/entities/address.py
from dataclasses import dataclass

import uuid

class Address:
    uuid: uuid.UUID
    street: str
    house_number: str
    city: str
    state: str
    zip_code: str
    country: str
