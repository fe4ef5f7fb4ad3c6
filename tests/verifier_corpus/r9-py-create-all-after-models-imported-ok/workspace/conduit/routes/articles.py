from flask import Blueprint

from conduit.models.entities import Article  # noqa: F401

blueprint = Blueprint('articles', __name__)
