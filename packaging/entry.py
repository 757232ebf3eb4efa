"""Entry point for the frozen bundle."""

import sys

from stretchtimer.cli import main

sys.exit(main())
