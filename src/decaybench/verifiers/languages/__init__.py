"""Built-in languages: each module exports ``LANGUAGES``, a tuple of ``LanguageProfile`` (see ``registry``).

A language from another package registers through the ``decaybench.languages`` entry-point group instead.
"""
