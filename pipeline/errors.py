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
    """Base class for errors the CLI reports without a traceback."""

    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(f"[{self.code}] {message}")


class IngestError(ClaimsError):
    """One input file cannot be read as an article; the batch goes on."""

    code = "E100"

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
        super().__init__(path, "binary file (contains NUL bytes); expected UTF-8 text")


class UndecodableFile(IngestError):
    code = "E103"

    def __init__(self, path: str, detail: str) -> None:
        super().__init__(path, f"not valid UTF-8 ({detail})")


class UnreadableFile(IngestError):
    code = "E104"

    def __init__(self, path: str, detail: str) -> None:
        super().__init__(path, f"cannot be read ({detail})")


class ExtractionError(ClaimsError):
    """The pipeline failed on one article; the batch goes on."""

    code = "E200"

    def __init__(self, path: str, detail: str) -> None:
        self.path = path
        super().__init__(f"{path}: extraction failed ({detail})")


class InputFolderError(ClaimsError):
    code = "E001"

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
