"""Built-in constraint kinds: each module exports ``KINDS``, a tuple of ``ConstraintKind`` (see ``registry``).

Modules are loaded in name order; a family's kinds keep their order within a module. A constraint kind
from another package registers through the ``decaybench.constraints`` entry-point group instead.
"""
