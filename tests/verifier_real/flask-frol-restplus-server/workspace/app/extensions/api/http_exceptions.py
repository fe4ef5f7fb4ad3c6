# excerpt of frol/flask-restplus-server-example@53a3a156cc9d:app/extensions/api/http_exceptions.py
from flask_restplus.errors import abort as restplus_abort

from flask_restplus._http import HTTPStatus
