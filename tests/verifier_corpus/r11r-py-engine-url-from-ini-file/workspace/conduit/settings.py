import configparser
import os


def database_address() -> str:
    parser = configparser.ConfigParser()
    parser.read(os.environ.get("CONFIG_PATH", "config/local.ini"))
    section = parser["database"]
    return "{}+{}://{}:{}@{}:{}/{}".format(
        section["rdbms"], section["connector"], section["user"],
        section["password"], section["host"], section["port"], section["database"]
    )
