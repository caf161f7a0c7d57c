"""``python -m ui`` runs rmdesk."""

import sys

from ui.launcher import main

sys.exit(main())
