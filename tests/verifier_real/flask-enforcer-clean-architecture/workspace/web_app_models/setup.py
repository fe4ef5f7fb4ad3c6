# excerpt of https://github.com/Enforcer/clean-architecture@f0c1c0a83649:auctioning_platform/web_app_models/setup.py
from setuptools import find_packages, setup
