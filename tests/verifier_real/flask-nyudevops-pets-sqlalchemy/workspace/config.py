# excerpt of https://github.com/nyu-devops/lab-flask-sqlalchemy@16b07bd9443a:config.py
"""
Configuration File

Load with: app.config.from_object('config')
"""

import logging

from app.vcap_services import get_database_uri

SQLALCHEMY_DATABASE_URI = get_database_uri()
