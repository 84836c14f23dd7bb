"""Capture artefacts, hashing, signing, the ledger, bundle export and verification."""
