"""The newsrecord test suite (a package so that test modules can share ``tests.strategies``)."""
