"""Load generation: ``session`` (pure client logic) and ``locustfile`` (locust users)."""
