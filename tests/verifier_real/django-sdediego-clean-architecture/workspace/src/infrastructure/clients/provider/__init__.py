# excerpt of sdediego/django-clean-architecture@915a8d844a8d:src/infrastructure/clients/provider/__init__.py
from src.infrastructure.clients.provider.exchange_rate_api.drivers import ExchangeRateAPIDriver

from src.infrastructure.clients.provider.fixer.drivers import FixerDriver

from src.infrastructure.clients.provider.mock.drivers import MockDriver

from src.infrastructure.clients.provider.xchange_api.drivers import XChangeAPIDriver
