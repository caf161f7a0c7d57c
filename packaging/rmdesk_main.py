"""Entry script of the frozen RM Desk (PyInstaller): the same as the ``rmdesk`` command."""

from __future__ import annotations

import sys

from ui.launcher import main

if __name__ == "__main__":
    sys.exit(main())
