# excerpt of https://github.com/Enforcer/clean-architecture@f0c1c0a83649:auctioning_platform/payments/payments/config.py
from dataclasses import dataclass

class PaymentsConfig:
    username: str
    password: str
