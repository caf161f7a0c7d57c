"""Protection of customer data on the laptop (encryption at rest, keys, app lock)."""
