"""Pure domain logic: no database, no Qt. Plain data in, plain data out."""
