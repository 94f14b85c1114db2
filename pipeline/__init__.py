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

spaCy without its command line: `import spacy` also imports `spacy.cli`, all of spaCy's
commands and what they use (typer, weasel, httpx, requests, rich), only to offer
`spacy.info`: about 0.15 s of every process that loads spaCy, paid before its first
article (with two workers, a twentieth of a run over 84 articles, and not shared). So
while spaCy's package is imported, `spacy.cli` and `spacy.cli.info` are stand-ins that
import the real modules when something is taken from them (`_LazyModule`):
`spacy.info()`, `from spacy.cli import download` and `python -m spacy` work as before.
Set CLAIMS_SPACY_CLI=1 to import them at once as usual.

No transparent huge pages for numpy: numpy asks the kernel for huge pages on every
array of 4 MB or more, and thinc's short-lived activations then cost a fresh zeroed
2 MB page each time, 1 to 3 s of kernel time over 84 news articles in one process
(about a tenth of the run). `NUMPY_MADVISE_HUGEPAGE=0` is set unless the environment
sets it; numpy reads it when it is first imported, after this package.
"""

import importlib
import importlib.util
import os
import sys
import types
from importlib.abc import Loader, MetaPathFinder
from importlib.machinery import PathFinder

__version__ = "0.1.0"

os.environ.setdefault("NUMPY_MADVISE_HUGEPAGE", "0")

THINC_TORCH_ENV = "CLAIMS_THINC_TORCH"
SPACY_CLI_ENV = "CLAIMS_SPACY_CLI"
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


_LAZY = ("spacy.cli", "spacy.cli.info")


class _LazyModule(types.ModuleType):
    """A stand-in for a module not imported yet: the first name taken from it (its
    `__path__` too, so that importing a submodule does it) imports the real modules in
    place of the stand-ins and hands out the real one's."""

    def __getattr__(self, name: str):
        if name.startswith("__") and not (name == "__path__" and self.__name__ == "spacy.cli"):
            raise AttributeError(name)  # such as `__file__`, asked of every module by inspect
        return getattr(_import_real(self.__name__), name)


def _import_real(name: str):
    if any(isinstance(sys.modules.get(n), _LazyModule) for n in _LAZY):
        for n in _LAZY:
            if isinstance(sys.modules.get(n), _LazyModule):
                del sys.modules[n]
        importlib.import_module("spacy.cli")  # the package imports its info submodule
    return importlib.import_module(name)


def _info(*args, **kwargs):
    """`spacy.info`, imported when it is called."""
    return _import_real("spacy.cli.info").info(*args, **kwargs)


class _SpacyWithLazyCli(MetaPathFinder):
    """Finds `spacy` as usual and hands back a loader that puts stand-ins for `spacy.cli`
    and `spacy.cli.info` in place while spaCy's package is executed."""

    def find_spec(self, name, path, target=None):
        if name != "spacy":
            return None
        if self in sys.meta_path:  # one use: spacy is imported once per process
            sys.meta_path.remove(self)
        spec = PathFinder.find_spec(name, path, target)
        if spec is None or spec.loader is None or any(n in sys.modules for n in _LAZY):
            return spec
        cli = spec.submodule_search_locations and os.path.join(
            spec.submodule_search_locations[0], "cli"
        )
        if not cli or not os.path.isdir(cli):
            return spec
        spec.loader = _LazyCliLoader(spec.loader)
        return spec


class _LazyCliLoader(Loader):
    """Executes spaCy's package with the stand-ins in sys.modules, where its
    `from .cli.info import info` finds them."""

    def __init__(self, loader: Loader) -> None:
        self.loader = loader

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module) -> None:
        cli = _LazyModule("spacy.cli")
        cli.info = _info  # as in spaCy: its `from .info import info` hides the submodule
        info = _LazyModule("spacy.cli.info")
        info.info = _info
        sys.modules["spacy.cli"], sys.modules["spacy.cli.info"] = cli, info
        try:
            self.loader.exec_module(module)
        except BaseException:
            for name in _LAZY:
                if isinstance(sys.modules.get(name), _LazyModule):
                    del sys.modules[name]
            raise
        if isinstance(sys.modules.get("spacy.cli"), _LazyModule):
            module.cli = cli


def _install() -> None:
    if os.environ.get(SPACY_CLI_ENV, "") in ("", "0") and "spacy" not in sys.modules:
        if not any(isinstance(f, _SpacyWithLazyCli) for f in sys.meta_path):
            sys.meta_path.insert(0, _SpacyWithLazyCli())
    if os.environ.get(THINC_TORCH_ENV, "") not in ("", "0") or _THINC_COMPAT in sys.modules:
        return
    if not any(isinstance(f, _ThincWithoutTorch) for f in sys.meta_path):
        sys.meta_path.insert(0, _ThincWithoutTorch())


_install()
