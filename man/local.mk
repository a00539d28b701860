# Manual pages, in mdoc (tests/man.sh lints them with mandoc).
dist_man_MANS += man/qarau.1 man/qarau-facts.5 man/qarau-read.5
