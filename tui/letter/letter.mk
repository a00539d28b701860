# tui/letter/: the letter service: gathers a filing from the register,
# fills core's templates, writes the files and runs the helper programs
# (qarau-pdf, lp) without a shell.
qarau_SOURCES += tui/letter/letter-build.c tui/letter/letter-build.h \
	tui/letter/letter-send.c tui/letter/letter-party.c \
	tui/letter/letter-int.h \
	tui/letter/spawn.c tui/letter/spawn.h
