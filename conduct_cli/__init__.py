"""conduct: integrity self-assessment against your organisation's code of conduct."""

__version__ = "0.1.0"
