import importlib

from flask import Blueprint, abort, jsonify

lookups = Blueprint("lookups", __name__)
LISTABLE = {"tags"}


@lookups.get("/<name>")
def list_lookup(name: str):
    if name not in LISTABLE:
        abort(404)
    module = importlib.import_module(f"conduit.repositories.{name}")
    return jsonify({name: module.list_all()})
