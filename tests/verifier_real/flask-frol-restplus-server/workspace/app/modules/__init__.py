# excerpt of frol/flask-restplus-server-example@53a3a156cc9d:app/modules/__init__.py
def init_app(app, **kwargs):
    from importlib import import_module

    for module_name in app.config['ENABLED_MODULES']:
        import_module('.%s' % module_name, package=__name__).init_app(app, **kwargs)
