"""Spiders of the Hongdun crawl."""
