"""Qt user interface. Talks to the database only through digiwandel.services."""
