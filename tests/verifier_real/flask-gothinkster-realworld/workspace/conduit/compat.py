# excerpt of gothinkster/flask-realworld-example-app@4b95fb2227df:conduit/compat.py
import sys
