from tortoise.contrib.fastapi import register_tortoise


def init(app):
    register_tortoise(app, db_url='sqlite://db.sqlite3', modules={'models': ['app.models']})
