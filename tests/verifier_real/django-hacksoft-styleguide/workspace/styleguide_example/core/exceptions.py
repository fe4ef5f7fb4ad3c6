# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:styleguide_example/core/exceptions.py
class ApplicationError(Exception):
    def __init__(self, message, extra=None):
        super().__init__(message)

        self.message = message
        self.extra = extra or {}
