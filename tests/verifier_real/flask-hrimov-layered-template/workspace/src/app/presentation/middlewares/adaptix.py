# excerpt of https://github.com/hrimov/flask-template@d668fc483c44:src/app/presentation/middlewares/adaptix.py
from adaptix import Retort

from flask import g, Flask

class AdaptixMiddleware:
    # noinspection PyMethodMayBeStatic
    def create(self):
        g.adaptix_retort = Retort()

    def register(self, app: Flask):
        app.before_request(self.create)
