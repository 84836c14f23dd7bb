"""Hongdun (红盾网监): online-market supervision for a city market regulator."""

__version__ = "0.1.0"
