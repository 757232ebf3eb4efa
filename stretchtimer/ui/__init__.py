"""The thin Qt layer: windows, views and the driver that wakes the session."""
