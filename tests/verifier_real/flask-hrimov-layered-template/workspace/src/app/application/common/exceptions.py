# excerpt of https://github.com/hrimov/flask-template@d668fc483c44:src/app/application/common/exceptions.py
from dataclasses import dataclass

from typing import ClassVar

class ApplicationException(Exception):
    status: ClassVar[int] = 500

    @property
    def title(self) -> str:
        return "An application error occurred"

class GatewayException(ApplicationException):
    pass

class ValidationException(ApplicationException):
    pass
