# excerpt of https://github.com/Enforcer/clean-architecture@f0c1c0a83649:auctioning_platform/payments/payments/api/exceptions.py
class PaymentFailedError(Exception):
    pass
