# excerpt of aalhour/cookiecutter-aiohttp-sqlalchemy@8a9bb3ec47c6:examples/example_web_app/example_web_app/models/health.py
from enum import Enum

class HealthStatus(Enum):
    """
    Health API Status Values

    Inspired by: https://tools.ietf.org/id/draft-inadarei-api-health-check-01.html
    """
    Pass = "pass"
    Fail = "fail"
    Warn = "warn"
