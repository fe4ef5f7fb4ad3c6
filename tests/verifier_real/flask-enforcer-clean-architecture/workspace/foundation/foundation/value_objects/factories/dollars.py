# excerpt of https://github.com/Enforcer/clean-architecture@f0c1c0a83649:auctioning_platform/foundation/foundation/value_objects/factories/dollars.py
from decimal import Decimal

from typing import Union

from foundation.value_objects import Money, currency
