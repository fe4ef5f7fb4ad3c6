# excerpt of https://github.com/hrimov/flask-template@d668fc483c44:src/app/application/user/usecases/__init__.py
from .create import CreateUserUseCase

from .list import ListUsersUseCase
