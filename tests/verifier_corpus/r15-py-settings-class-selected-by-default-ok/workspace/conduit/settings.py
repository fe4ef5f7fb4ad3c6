import os


class BaseConfig:
    database_url = 'sqlite://'


class DevelopmentConfig(BaseConfig):
    database_url = 'sqlite:///instance/dev.sqlite3'


class ProductionConfig(BaseConfig):
    database_url = f"sqlite:///{os.environ.get('SQLITE_PATH', '/tmp/conduit.db')}"


CONFIGS = {'development': DevelopmentConfig, 'production': ProductionConfig}

settings = CONFIGS[os.environ.get('APP_CONFIG', 'production')]()
