import os


class DevelopmentConfig:
    SQLALCHEMY_DATABASE_URI = 'sqlite:///dev.db'


class ProductionConfig:
    SQLALCHEMY_DATABASE_URI = os.environ.get('DATABASE_URL')


config = DevelopmentConfig
