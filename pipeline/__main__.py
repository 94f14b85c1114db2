"""`python -m pipeline ...` runs the `claims` command."""

from .cli import main

main(prog_name="claims")
