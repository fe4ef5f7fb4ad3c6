# excerpt of https://github.com/hrimov/flask-template@d668fc483c44:src/app/persistence/gateways/__init__.py
from .user import UserGatewayImpl
