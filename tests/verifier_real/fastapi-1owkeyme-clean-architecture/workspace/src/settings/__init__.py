# excerpt of https://github.com/1owkeyme/fastapi-clean-architecture-example@e317f7b7843e:src/settings/__init__.py
from .app import AppSettings as AppSettings

from .base import AppEnv as AppEnv

from .base import BaseAppSettings as BaseAppSettings

from .dev import DevAppSettings as DevAppSettings

from .prod import ProdAppSettings as ProdAppSettings

from .settings import get_app_settings as get_app_settings
