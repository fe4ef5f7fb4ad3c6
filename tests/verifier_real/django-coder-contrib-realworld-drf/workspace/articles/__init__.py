# excerpt of https://github.com/coder-contrib/realworld-django-rest-framework-angular@00a0d315d49e:backend/articles/__init__.py
