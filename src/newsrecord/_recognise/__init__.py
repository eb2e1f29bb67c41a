"""Recognisers: each reads one line (or one value) and says what it is, never where it stands."""
