"""Stretch Timer: guides you through stretch routines on your computer."""

__version__ = "0.1.0"
APP_NAME = "Stretch Timer"
