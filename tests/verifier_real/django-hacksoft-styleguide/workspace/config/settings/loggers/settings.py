# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:config/settings/loggers/settings.py
import logging

from enum import Enum

from config.env import env, env_to_enum

class LoggingFormat(Enum):
    DEV = "dev"
    JSON = "json"
    LOGFMT = "logfmt"
