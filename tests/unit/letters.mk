# tests/unit: tests of this area (fragment included by tests/local.mk)
