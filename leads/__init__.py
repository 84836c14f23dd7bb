"""Leads (线索): one violation of one rule by one seller, built from findings, triaged to an end."""
