# excerpt of sdediego/django-clean-architecture@915a8d844a8d:src/infrastructure/clients/provider/fixer/exceptions.py
from src.infrastructure.clients.provider.exceptions import ProviderDriverError

class FixerDriverError(ProviderDriverError):
    pass
