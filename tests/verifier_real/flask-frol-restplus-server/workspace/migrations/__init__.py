# excerpt of frol/flask-restplus-server-example@53a3a156cc9d:migrations/__init__.py
