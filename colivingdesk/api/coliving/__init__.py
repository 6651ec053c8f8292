"""Coliving.com Integrations API v1."""

from .client import ColivingClient
from .models import AvailabilityUpdate, HostProfile, RatesAccepted, RateUpdate

__all__ = ["AvailabilityUpdate", "ColivingClient", "HostProfile", "RateUpdate", "RatesAccepted"]
