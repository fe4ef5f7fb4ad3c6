# excerpt of https://github.com/webofmars/realworld-flask@2a429d250cdb:realworld/api/routes/v1/users/__init__.py
