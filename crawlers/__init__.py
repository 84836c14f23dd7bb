"""The Scrapy project: the storefront spider, site profiles, pipelines and extensions."""

from __future__ import annotations

from scrapy.settings import BaseSettings

from hongdun import config
from hongdun.config import Config


def hongdun_config(settings: BaseSettings) -> Config:
    """Hongdun's configuration for a crawl, with the data directory its settings name."""
    return config.load({"home": settings.get("HONGDUN_HOME")})
