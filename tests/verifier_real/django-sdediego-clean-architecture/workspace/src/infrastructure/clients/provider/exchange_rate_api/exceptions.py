# excerpt of sdediego/django-clean-architecture@915a8d844a8d:src/infrastructure/clients/provider/exchange_rate_api/exceptions.py
from src.infrastructure.clients.provider.exceptions import ProviderDriverError

class ExchangeRateAPIDriverError(ProviderDriverError):
    pass
