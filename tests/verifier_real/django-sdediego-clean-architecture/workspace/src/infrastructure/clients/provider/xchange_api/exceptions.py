# excerpt of sdediego/django-clean-architecture@915a8d844a8d:src/infrastructure/clients/provider/xchange_api/exceptions.py
from src.infrastructure.clients.provider.exceptions import ProviderDriverError

class XChangeAPIDriverError(ProviderDriverError):
    pass
