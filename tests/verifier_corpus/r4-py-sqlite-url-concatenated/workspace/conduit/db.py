import os

from sqlalchemy import create_engine

PATH = os.path.join(os.path.dirname(__file__), 'conduit.db')
engine = create_engine('sqlite:///' + PATH)
