"""User-facing error text in one place, with stable codes.

Library code raises these; the CLI turns them into one-line messages and exit codes.
"""

from __future__ import annotations

# Exit codes of the `claims` command.
EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_SOME_FILES_FAILED = 3
EXIT_INTERRUPTED = 130  # stopped by SIGINT/SIGTERM; finished articles are kept


class ClaimsError(Exception):
    """Base class for errors the CLI reports without a traceback.

    Errors cross process boundaries (worker pools, Ray), so they pickle as their
    message and attributes rather than by calling `__init__` again.
    """

    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(f"[{self.code}] {message}")

    def __reduce__(self) -> tuple:
        return (_rebuild, (type(self), self.args, self.__dict__))


def _rebuild(cls: type[ClaimsError], args: tuple, state: dict) -> ClaimsError:
    err = cls.__new__(cls)
    Exception.__init__(err, *args)
    err.__dict__.update(state)
    return err


class IngestError(ClaimsError):
    """One input file (or one record of it) cannot be read as an article; the batch goes on."""

    code = "E100"
    stage = "ingest"

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class EmptyFile(IngestError):
    code = "E101"

    def __init__(self, path: str) -> None:
        super().__init__(path, "empty file (no text to read)")


class BinaryFile(IngestError):
    code = "E102"

    def __init__(self, path: str) -> None:
        super().__init__(path, "binary file (not text in any known encoding)")


class UndecodableFile(IngestError):
    code = "E103"

    def __init__(self, path: str, detail: str) -> None:
        super().__init__(path, f"cannot be decoded as text ({detail})")


class UnreadableFile(IngestError):
    code = "E104"

    def __init__(self, path: str, detail: str) -> None:
        super().__init__(path, f"cannot be read ({detail})")


class FileTooLarge(IngestError):
    code = "E105"

    def __init__(self, path: str, size: int, limit: int) -> None:
        super().__init__(path, f"file too large ({size} bytes; the limit is {limit})")


class MalformedRecord(IngestError):
    """A JSON document, JSON line or CSV row that cannot be parsed; the other records go on."""

    code = "E106"

    def __init__(self, path: str, detail: str) -> None:
        super().__init__(path, f"malformed record ({detail})")


class UnreadableFolder(IngestError):
    """A folder that cannot be listed, or a symbolic link that loops."""

    code = "E107"

    def __init__(self, path: str, detail: str) -> None:
        super().__init__(path, f"folder cannot be read ({detail})")


class VanishedFile(IngestError):
    code = "E108"

    def __init__(self, path: str) -> None:
        super().__init__(path, "file vanished after it was listed")


class NoArticleText(IngestError):
    """A page (e.g. truncated or unparseable HTML) from which no article text comes out."""

    code = "E109"

    def __init__(self, path: str, detail: str) -> None:
        super().__init__(path, f"no article text found ({detail})")


class MissingTextField(IngestError):
    """A structured record (JSON object, CSV row) with no text in any text field."""

    code = "E110"

    def __init__(self, path: str, detail: str) -> None:
        super().__init__(path, f"no article text ({detail})")


class ExtractionError(ClaimsError):
    """The pipeline failed on one article; the batch goes on."""

    code = "E200"
    stage = "extract"

    def __init__(self, path: str, detail: str) -> None:
        self.path = path
        super().__init__(f"{path}: extraction failed ({detail})")


class InputFolderError(ClaimsError):
    code = "E001"

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
