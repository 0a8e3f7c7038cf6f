"""Program templates: the days that camps and dialogues start from, kept as data."""

from facilitator.program.templates import ProgramError
from facilitator.program.templates import load_program
from facilitator.program.templates import program_names

__all__ = ["ProgramError", "load_program", "program_names"]
