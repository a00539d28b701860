/*
 * Shared by the unit tests that work on real files: a private folder made
 * at setup under $TMPDIR (else /tmp), the paths in it, and its removal
 * with all it holds at teardown.  The test defines `static char dir[256]`
 * and includes cmocka before this.
 */
#ifndef QARAU_TMPDIR_TEST_H
#define QARAU_TMPDIR_TEST_H

#include <sys/stat.h>

#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>

/* A fresh folder named after the test ("qarau-reg-XXXXXX"); 0 or -1. */
static int
tmpdir_make(const char *name)
{
	const char *tmp = getenv("TMPDIR");

	snprintf(dir, sizeof dir, "%s/qarau-%s-XXXXXX", tmp != NULL &&
	    *tmp != '\0' ? tmp : "/tmp", name);
	return mkdtemp(dir) != NULL ? 0 : -1;
}

/* The path of name in the folder. */
static void __attribute__((unused))
path_of(char *out, size_t sz, const char *name)
{
	if (snprintf(out, sz, "%s/%s", dir, name) >= (int)sz)
		fail_msg("path too long: %s/%s", dir, name);
}

static int
tmpdir_rm_one(const char *path, const struct stat *sb, int flag,
    struct FTW *ftw)
{
	(void)sb;
	(void)flag;
	(void)ftw;
	return remove(path);
}

static int
tmpdir_remove(void)
{
	return nftw(dir, tmpdir_rm_one, 16, FTW_DEPTH | FTW_PHYS);
}

#endif
