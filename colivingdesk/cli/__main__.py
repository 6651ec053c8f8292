import sys

from colivingdesk.cli import main

sys.exit(main())
