# excerpt of iktakahiro/dddpy@f9a2cfe542b7:dddpy/__init__.py
