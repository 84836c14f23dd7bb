"""The findings index (SQLite default, Elasticsearch) and the inspector web page."""
