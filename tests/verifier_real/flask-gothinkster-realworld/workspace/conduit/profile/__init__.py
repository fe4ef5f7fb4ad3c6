# excerpt of gothinkster/flask-realworld-example-app@4b95fb2227df:conduit/profile/__init__.py
from . import views  # noqa
