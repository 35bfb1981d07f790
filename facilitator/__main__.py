"""`python -m facilitator` is the same program as the `facilitator` command."""

import sys

from facilitator.cli import main

sys.exit(main())
