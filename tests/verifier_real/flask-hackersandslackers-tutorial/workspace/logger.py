# excerpt of https://github.com/hackersandslackers/flask-sqlalchemy-tutorial@6d2addc9d2c6:logger.py
import json

from os import path

from sys import stdout

from loguru import logger

from config import settings

def json_formatter(record: dict) -> str:
    """
    Pass raw log to be serialized.

    :param dict record: Dictionary containing logged message with metadata.

    :returns: str
    """

    def serialize(log: dict) -> str:
        """
        Parse log message into Datadog JSON format.

        :param dict log: Dictionary containing logged message with metadata.

        :returns: str
        """
        subset = {
            "time": log["time"].strftime("%m/%d/%Y, %H:%M:%S"),
            "message": log["message"],
            "level": log["level"].name,
            "function": log.get("function"),
            "module": log.get("name"),
        }
        if log.get("exception", None):
            subset.update({"exception": log["exception"]})
        return json.dumps(subset)

    record["extra"]["serialized"] = serialize(record)
    return "{extra[serialized]},\n"
