"""``python -m colivingdesk.sandbox``."""

from .cli import main

raise SystemExit(main())
