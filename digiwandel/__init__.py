"""DigiWandel: steer the digital transformation of a social-sector organisation."""

__version__ = "0.1.0"
APP_NAME = "DigiWandel"
