# excerpt of https://github.com/hrimov/flask-template@d668fc483c44:src/app/application/common/dto.py
from abc import ABC

class DTO(ABC):
    pass
