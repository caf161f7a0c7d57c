"""RM Desk domain and services: pure Python, no Qt."""

__version__ = "0.1.0"
