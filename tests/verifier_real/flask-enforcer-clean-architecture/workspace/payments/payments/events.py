# excerpt of https://github.com/Enforcer/clean-architecture@f0c1c0a83649:auctioning_platform/payments/payments/events.py
from dataclasses import dataclass

from uuid import UUID

from foundation.events import Event

class PaymentStarted(Event):
    payment_uuid: UUID
    customer_id: int

class PaymentCharged(Event):
    payment_uuid: UUID
    customer_id: int

class PaymentCaptured(Event):
    payment_uuid: UUID
    customer_id: int

class PaymentFailed(Event):
    payment_uuid: UUID
    customer_id: int
