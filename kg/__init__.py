"""govreport-kg: Chinese local-government work reports as validated linked open data."""

__version__ = "0.1.0"
