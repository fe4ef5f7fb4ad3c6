# excerpt of iktakahiro/dddpy@f9a2cfe542b7:dddpy/domain/__init__.py
