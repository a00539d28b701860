# tests/unit: the resolution reader.
