"""BookMyColiving partner API v1."""

from .client import BmcClient
from .models import CreateResult, PropertyDraft, RoomOptionDraft

__all__ = ["BmcClient", "CreateResult", "PropertyDraft", "RoomOptionDraft"]
