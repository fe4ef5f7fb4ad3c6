# excerpt of sdediego/django-clean-architecture@915a8d844a8d:src/infrastructure/clients/provider/exceptions.py
class ProviderDriverError(Exception):

    def __init__(self, message: str, code: int, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.message = message
        self.code = code
