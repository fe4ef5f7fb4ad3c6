# excerpt of microsoft/cookiecutter-python-flask-clean-architecture@97cd0d33fa51:{{cookiecutter.repo_name}}/src/domain/__init__.py
from .constants import SQLALCHEMY_DATABASE_URI, LOG_LEVEL, \
    DEFAULT_PER_PAGE_VALUE, DEFAULT_PAGE_VALUE, ITEMIZE, ITEMIZED, PAGE, \
    PER_PAGE, SERVICE_PREFIX

from .exceptions import OperationalException, ApiException, \
    NoDataProvidedApiException, ClientException

from .models import Todo

__all__ = [
    'SQLALCHEMY_DATABASE_URI',
    'LOG_LEVEL',
    'OperationalException',
    'ApiException',
    'NoDataProvidedApiException',
    'ClientException',
    'DEFAULT_PER_PAGE_VALUE',
    'DEFAULT_PAGE_VALUE',
    'ITEMIZE',
    'ITEMIZED',
    'PAGE',
    'PER_PAGE',
    'SERVICE_PREFIX',
    'Todo'
]
