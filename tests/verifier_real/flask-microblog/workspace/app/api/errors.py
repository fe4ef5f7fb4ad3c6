# excerpt of miguelgrinberg/microblog@a975ef648643:app/api/errors.py
from werkzeug.http import HTTP_STATUS_CODES

from werkzeug.exceptions import HTTPException

from app.api import bp
