#include "config.h"

#include <errno.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/i18n.h"
#include "tui/letter/spawn.h"

extern char **environ;

static int
spawn_status(const char *prog, int status, char *err, size_t errsz)
{
	if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
		return 0;
	if (WIFEXITED(status) && WEXITSTATUS(status) == 127)
		snprintf(err, errsz, _("cannot run '%s' (exit status 127)"),
		    prog);
	else if (WIFEXITED(status))
		snprintf(err, errsz, _("'%s' failed with exit status %d"),
		    prog, WEXITSTATUS(status));
	else
		snprintf(err, errsz, _("'%s' was killed by signal %d"), prog,
		    WTERMSIG(status));
	return -1;
}

/* Writes all of buf, retrying short writes; EPIPE (the child quit early)
 * is not an error here: its exit status tells what happened. */
static void
spawn_feed(int fd, const char *buf, size_t len)
{
	ssize_t n;

	while (len > 0) {
		n = write(fd, buf, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return;
		buf += n;
		len -= (size_t)n;
	}
}

static void
spawn_drain(int fd, struct strbuf *out)
{
	char chunk[4096];
	ssize_t n;

	for (;;) {
		n = read(fd, chunk, sizeof chunk);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return;
		strbuf_add(out, chunk, (size_t)n);
	}
}

int
spawn_run(const char *prog, char *const argv[], const char *input,
    size_t inlen, struct strbuf *errout, char *err, size_t errsz)
{
	posix_spawn_file_actions_t fa;
	int in[2] = { -1, -1 }, ep[2] = { -1, -1 }, status, e;
	void (*oldpipe)(int);
	pid_t pid;

	if ((input != NULL && pipe(in) != 0) ||
	    (errout != NULL && pipe(ep) != 0)) {
		snprintf(err, errsz, "%s: %s", prog, strerror(errno));
		goto fail;
	}
	posix_spawn_file_actions_init(&fa);
	if (input != NULL) {
		posix_spawn_file_actions_adddup2(&fa, in[0], STDIN_FILENO);
		posix_spawn_file_actions_addclose(&fa, in[1]);
	}
	if (errout != NULL) {
		posix_spawn_file_actions_adddup2(&fa, ep[1], STDERR_FILENO);
		posix_spawn_file_actions_addclose(&fa, ep[0]);
	}
	fflush(NULL);
	e = posix_spawnp(&pid, prog, &fa, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	if (e != 0) {
		snprintf(err, errsz, _("cannot run '%s': %s"), prog,
		    strerror(e));
		goto fail;
	}
	/* The child's input is small (a letter); a pipe holds it while the
	 * child starts, and stderr is read after, so neither side waits on
	 * the other for long.  SIGPIPE would kill us if the child died. */
	oldpipe = signal(SIGPIPE, SIG_IGN);
	if (input != NULL) {
		close(in[0]);
		in[0] = -1;
		spawn_feed(in[1], input, inlen);
		close(in[1]);
		in[1] = -1;
	}
	if (errout != NULL) {
		close(ep[1]);
		ep[1] = -1;
		spawn_drain(ep[0], errout);
		close(ep[0]);
		ep[0] = -1;
	}
	signal(SIGPIPE, oldpipe);
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR) {
			snprintf(err, errsz, "%s: %s", prog, strerror(errno));
			return -1;
		}
	return spawn_status(prog, status, err, errsz);
fail:
	for (e = 0; e < 2; e++) {
		if (in[e] >= 0)
			close(in[e]);
		if (ep[e] >= 0)
			close(ep[e]);
	}
	return -1;
}
