# excerpt of https://github.com/eddycheong/skeleton-flask-sqlalchemy@117e4cac0bf4:database/__init__.py
import configparser

from sqlalchemy import create_engine

from sqlalchemy.orm import sessionmaker

connection_url = config['alembic']['sqlalchemy.url']

Engine = create_engine(connection_url, connect_args={'check_same_thread': False})

Session = sessionmaker(bind=Engine)
