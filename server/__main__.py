"""``python -m server``: the same as ``rmdesk-server``."""

from __future__ import annotations

import sys

from server.cli import main

sys.exit(main())
