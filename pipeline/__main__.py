"""`python -m pipeline ...` runs the `claims` command."""

from pipeline.cli import main

main(prog_name="claims")
