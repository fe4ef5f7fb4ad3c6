# excerpt of yoonge/conduit-drf@bcba78764216:conduit_drf/__init__.py
