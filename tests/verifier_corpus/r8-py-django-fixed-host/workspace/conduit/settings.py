DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.postgresql',
        'NAME': 'conduit',
        'HOST': 'db',
        'PORT': '5432',
    }
}
