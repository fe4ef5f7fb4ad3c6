from sqlalchemy import Column, Integer, MetaData, String, Table

metadata = MetaData()
articles = Table('articles', metadata, Column('id', Integer, primary_key=True), Column('slug', String))
