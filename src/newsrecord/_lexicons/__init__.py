"""Data only: the word lists the parsers consult, kept apart from the logic that uses them."""
