"""Rule engine and rule packs: turn sealed captures into findings."""
