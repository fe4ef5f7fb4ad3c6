# excerpt of https://github.com/webofmars/realworld-flask@2a429d250cdb:realworld/__init__.py
