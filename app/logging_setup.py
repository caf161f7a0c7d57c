"""Logging to a rotating file in the profile folder, without customers' personal data.

Code logs record ids and counts, never names or ID numbers; as a second line of
defence :class:`RedactingFormatter` masks anything in a finished line (tracebacks
included) that looks like a USCC, a resident ID number, a mobile number or the
SQL parameters an exception may carry.
"""

from __future__ import annotations

import logging
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"
MAX_BYTES = 2_000_000
BACKUP_COUNT = 5

_PERSONAL = (
    # SQL parameters in database exceptions: whatever a row held
    (re.compile(r"\[parameters: .*?\](?=\s*(?:\(|$))", re.S), "[parameters: ***]"),
    # unified social credit code (18 characters, no I, O, S, V, Z)
    (
        re.compile(r"(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])"),
        "***",
    ),
    # resident ID number (18 characters) and mainland mobile numbers
    (re.compile(r"(?<!\d)\d{17}[\dXx](?![\dA-Za-z])"), "***"),
    (re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)"), "***"),
)


def redact_personal(text: str) -> str:
    """``text`` with USCCs, ID numbers, mobile numbers and SQL parameters masked."""
    for pattern, replacement in _PERSONAL:
        text = pattern.sub(replacement, text)
    return text


class RedactingFormatter(logging.Formatter):
    """A formatter whose every line (message and traceback) goes through :func:`redact_personal`."""

    def format(self, record: logging.LogRecord) -> str:
        return redact_personal(super().format(record))


def configure_logging(log_file: Path, level: int = logging.INFO) -> RotatingFileHandler:
    """Send the root logger to a rotating ``log_file``; returns the handler."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, RotatingFileHandler):
            root.removeHandler(handler)
            handler.close()
    handler = RotatingFileHandler(
        log_file, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
    )
    handler.setFormatter(RedactingFormatter(LOG_FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
    return handler
