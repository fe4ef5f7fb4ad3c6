# excerpt of yoonge/conduit-drf@bcba78764216:api/migrations/__init__.py
