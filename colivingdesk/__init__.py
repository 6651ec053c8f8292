"""colivingdesk: BookMyColiving and Coliving.com in one desktop window."""

__version__ = "0.1.0"
