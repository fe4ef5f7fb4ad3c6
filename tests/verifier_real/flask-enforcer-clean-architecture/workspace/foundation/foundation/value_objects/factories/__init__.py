# excerpt of https://github.com/Enforcer/clean-architecture@f0c1c0a83649:auctioning_platform/foundation/foundation/value_objects/factories/__init__.py
from foundation.value_objects.factories.dollars import get_dollars
