"""What every headless command shares: JSON output, exit codes, JSON usage errors."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, NoReturn

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2


def print_json(data: Any) -> None:
    """Write ``data`` as UTF-8 JSON on stdout."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    sys.stdout.flush()


def usage_error(message: str, **extra: Any) -> int:
    """Print ``{"error": message, ...}`` and return :data:`EXIT_USAGE`."""
    print_json({"error": message, **extra})
    return EXIT_USAGE


class JsonArgumentParser(argparse.ArgumentParser):
    """A parser whose usage errors are JSON on stdout with exit 2, like its command's output."""

    def error(self, message: str) -> NoReturn:
        """Print ``{"error": message, "usage": ...}`` and exit with :data:`EXIT_USAGE`."""
        print_json({"error": message, "usage": self.format_usage().strip()})
        self.exit(EXIT_USAGE)
