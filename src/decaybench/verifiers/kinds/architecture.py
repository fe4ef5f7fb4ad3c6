"""The architecture kind ``clean_architecture`` (``--arch clean``): four layers, imports pointing
downward. Static checks on the code (``decaybench.verifiers.architecture``)."""

from __future__ import annotations

from decaybench.verifiers import architecture
from decaybench.verifiers.registry import ConstraintKind

KINDS = (ConstraintKind(name="clean_architecture", family="architecture", alias="clean", check=architecture.check),)
