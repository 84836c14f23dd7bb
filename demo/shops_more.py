"""Placeholder (filled in phase 2)."""

from demo.model import Shop

SHOPS: list[Shop] = []
