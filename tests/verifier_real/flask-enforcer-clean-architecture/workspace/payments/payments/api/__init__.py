# excerpt of https://github.com/Enforcer/clean-architecture@f0c1c0a83649:auctioning_platform/payments/payments/api/__init__.py
__all__ = ["ApiConsumer", "PaymentFailedError"]

from payments.api.consumer import ApiConsumer

from payments.api.exceptions import PaymentFailedError
