import sys

from digiwandel.cli import main

sys.exit(main())
