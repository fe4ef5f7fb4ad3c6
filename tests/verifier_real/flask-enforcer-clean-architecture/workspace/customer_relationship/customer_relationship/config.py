# excerpt of https://github.com/Enforcer/clean-architecture@f0c1c0a83649:auctioning_platform/customer_relationship/customer_relationship/config.py
from dataclasses import dataclass

from typing import Tuple

class CustomerRelationshipConfig:
    email_host: str
    email_port: int
    email_username: str
    email_password: str
    email_from: Tuple[str, str]

    @property
    def formatted_from(self) -> str:
        return f"{self.email_from[0]} <{self.email_from[1]}>"
