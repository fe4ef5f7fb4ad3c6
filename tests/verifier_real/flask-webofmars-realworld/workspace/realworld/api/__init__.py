# excerpt of https://github.com/webofmars/realworld-flask@2a429d250cdb:realworld/api/__init__.py
