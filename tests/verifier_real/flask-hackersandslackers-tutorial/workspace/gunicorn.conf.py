# excerpt of https://github.com/hackersandslackers/flask-sqlalchemy-tutorial@6d2addc9d2c6:gunicorn.conf.py
from os import environ, path

from dotenv import load_dotenv

ENVIRONMENT = environ.get("ENVIRONMENT")

proc_name = "flasksession"

if ENVIRONMENT == "development" or ENVIRONMENT is None:
    reload = True
    workers = 1
    threads = 1
    bind = ["127.0.0.1:8000"]
elif ENVIRONMENT == "production":
    daemon = True
    accesslog = "/var/log/flasksqlalchemy/access.log"
    errorlog = "/var/log/flasksqlalchemy/error.log"
    loglevel = "trace"
    dogstatsd_tags = "env:prod,service:flasksqlalchemy,language:python"
else:
    raise ValueError(f"Unknown environment provided: `{ENVIRONMENT}`. Must be `development` or `production`.")
