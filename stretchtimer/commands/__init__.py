"""What each command of the command line does, one module a command; ``cli.py`` reads the arguments.

Each command prints in the user's language (``Words``) and returns the process's exit status.
"""

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
