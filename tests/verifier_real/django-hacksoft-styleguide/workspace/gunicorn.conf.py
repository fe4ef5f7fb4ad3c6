# excerpt of HackSoftware/Django-Styleguide-Example@a70ef43d7df0:gunicorn.conf.py
import logging

import logging.config

import re

import structlog

CONFIG_DEFAULTS = {
    "version": 1,
    "disable_existing_loggers": False,
    "root": {"level": "INFO", "handlers": ["default"]},
    "loggers": {
        "gunicorn.error": {"level": "INFO", "handlers": ["default"], "propagate": False, "qualname": "gunicorn.error"},
        "gunicorn.access": {
            "level": "INFO",
            "handlers": ["default"],
            "propagate": False,
            "qualname": "gunicorn.access",
        },
        "django_structlog": {
            "level": "INFO",
            "handlers": [],
            "propagate": False,
        },
    },
    "handlers": {
        "default": {
            "class": "logging.StreamHandler",
            "formatter": "json_formatter",
        },
    },
    "formatters": {
        "json_formatter": {
            "()": structlog.stdlib.ProcessorFormatter,
            "processor": structlog.processors.LogfmtRenderer(),
            "foreign_pre_chain": pre_chain,
        }
    },
}
