"""Shared test set-up: the official SDK never sends telemetry from tests."""

import spatius

spatius.configure_telemetry("")
