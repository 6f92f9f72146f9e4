"""Use cases. Each call opens one session and one transaction and returns plain data.

No Qt here: the GUI and the command line call the same functions.
"""
