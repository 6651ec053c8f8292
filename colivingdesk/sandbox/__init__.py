"""Local fake of the BookMyColiving and Coliving.com partner APIs, read independently from their documents.

Nothing here imports the rest of colivingdesk: the sandbox is a second reading of the documents, so a client
bug and a sandbox bug cannot share a cause.
"""

from .app import create_app
from .config import SandboxConfig
from .server import SandboxServer

__all__ = ["SandboxConfig", "SandboxServer", "create_app"]
