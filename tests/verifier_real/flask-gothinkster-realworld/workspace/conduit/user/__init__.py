# excerpt of gothinkster/flask-realworld-example-app@4b95fb2227df:conduit/user/__init__.py
from . import views  # noqa
