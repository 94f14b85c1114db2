"""Checkable claims out of defense news: ingest -> extraction -> normalization.

spaCy without torch: thinc (spaCy's machine-learning library) imports torch at
start-up whenever it is installed (`thinc.compat`), only to offer GPU and PyTorch
model wrappers. en_core_web_sm runs on thinc's own CPU ops and never uses them, but
the import costs every process that loads spaCy (each worker of a run) two to
four seconds and about 150 MB. So `thinc.compat` is executed with torch hidden (it
then records "no torch"); torch stays importable for everything else, such as the
embedding model of `pipeline.cluster`, which imports it when it clusters. Set
CLAIMS_THINC_TORCH=1 to let thinc import torch as usual (a spaCy model that needs
PyTorch, such as a transformer pipeline, would need that).
"""

import os
import sys
from importlib.abc import Loader, MetaPathFinder
from importlib.machinery import PathFinder

__version__ = "0.1.0"

THINC_TORCH_ENV = "CLAIMS_THINC_TORCH"
_HIDDEN = "torch"
_THINC_COMPAT = "thinc.compat"


class _HideTorchLoader(Loader):
    """Runs a module's loader with `import torch` failing as if torch were not installed."""

    def __init__(self, loader: Loader) -> None:
        self.loader = loader

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module) -> None:
        hide = _HIDDEN not in sys.modules
        if hide:
            sys.modules[_HIDDEN] = None  # `import torch` raises ModuleNotFoundError
        try:
            self.loader.exec_module(module)
        finally:
            if hide and _HIDDEN in sys.modules and sys.modules[_HIDDEN] is None:
                del sys.modules[_HIDDEN]


class _ThincWithoutTorch(MetaPathFinder):
    """Finds `thinc.compat` as usual and hands back a loader that hides torch from it."""

    def find_spec(self, name, path, target=None):
        if name != _THINC_COMPAT:
            return None
        if self in sys.meta_path:  # one use: thinc.compat is imported once per process
            sys.meta_path.remove(self)
        spec = PathFinder.find_spec(name, path, target)
        if spec is None or spec.loader is None or _HIDDEN in sys.modules:
            return spec  # torch already loaded (by the caller): nothing to save
        spec.loader = _HideTorchLoader(spec.loader)
        return spec


def _install() -> None:
    if os.environ.get(THINC_TORCH_ENV, "") not in ("", "0") or _THINC_COMPAT in sys.modules:
        return
    if not any(isinstance(f, _ThincWithoutTorch) for f in sys.meta_path):
        sys.meta_path.insert(0, _ThincWithoutTorch())


_install()
