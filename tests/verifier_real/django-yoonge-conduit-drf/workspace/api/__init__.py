# excerpt of yoonge/conduit-drf@bcba78764216:api/__init__.py
