"""`python -m facilitator` is the same program as the `facilitator` command, and the
script PyInstaller's bundle runs (build_installer.spec)."""

import sys

from facilitator.cli import main
from facilitator.library_path import restore_for_child_processes

# Before anything starts a program: in the bundle, the programs the app starts
# (xdg-open, LibreOffice) get the system's library search path, not the bundle's.
restore_for_child_processes()
sys.exit(main())
