# excerpt of https://github.com/Enforcer/clean-architecture@f0c1c0a83649:auctioning_platform/foundation/foundation/value_objects/__init__.py
from foundation.value_objects.currency import Currency

from foundation.value_objects.money import Money
