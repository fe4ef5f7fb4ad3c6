# excerpt of https://github.com/wisedier/flask-sqlalchemy-api@07619ecac75e:config/__init__.py
import os

from config import settings

env = os.environ.get('ENV', 'DEVELOPMENT')

if env == 'TEST':
    config = settings.TestConfig()
elif env == 'DEVELOPMENT':
    config = settings.DevelopmentConfig()
elif env == 'STAGING':
    config = settings.StagingConfig()
elif env == 'PRODUCTION':
    config = settings.ProductionConfig()
else:
    raise EnvironmentError(f'ENV={env} is invalid environment setting.')
