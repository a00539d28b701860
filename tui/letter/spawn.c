#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
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

/*
 * Feeds input to fd in and collects fds out and errfd until both close:
 * a helper that writes while it reads (a large document in, its text out)
 * never waits on us, nor we on it.  A write refused with EPIPE (the child
 * quit early) is not an error here: its exit status tells what happened.
 */
static void
spawn_pump(int in, const char *input, size_t inlen, int out,
    struct strbuf *outbuf, int errfd, struct strbuf *errbuf)
{
	struct pollfd pfd[3];
	char chunk[65536];
	int nfd, i, *fdp[3];
	ssize_t n;

	if (in >= 0 && inlen == 0) {
		close(in);
		in = -1;
	}
	if (in >= 0)
		fcntl(in, F_SETFL, fcntl(in, F_GETFL) | O_NONBLOCK);
	while (in >= 0 || out >= 0 || errfd >= 0) {
		nfd = 0;
		if (in >= 0) {
			fdp[nfd] = &in;
			pfd[nfd++] = (struct pollfd){ in, POLLOUT, 0 };
		}
		if (out >= 0) {
			fdp[nfd] = &out;
			pfd[nfd++] = (struct pollfd){ out, POLLIN, 0 };
		}
		if (errfd >= 0) {
			fdp[nfd] = &errfd;
			pfd[nfd++] = (struct pollfd){ errfd, POLLIN, 0 };
		}
		if (poll(pfd, (nfds_t)nfd, -1) < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		for (i = 0; i < nfd; i++) {
			if (pfd[i].revents == 0)
				continue;
			if (fdp[i] == &in) {
				n = write(in, input, inlen);
				if (n < 0 && (errno == EINTR ||
				    errno == EAGAIN))
					continue;
				if (n > 0) {
					input += n;
					inlen -= (size_t)n;
				}
				if (n <= 0 || inlen == 0) {
					close(in);
					in = -1;
				}
				continue;
			}
			n = read(*fdp[i], chunk, sizeof chunk);
			if (n < 0 && (errno == EINTR || errno == EAGAIN))
				continue;
			if (n > 0) {
				strbuf_add(fdp[i] == &out ? outbuf : errbuf,
				    chunk, (size_t)n);
				continue;
			}
			close(*fdp[i]);
			*fdp[i] = -1;
		}
	}
	for (i = 0; i < 3; i++) {
		int fd = i == 0 ? in : i == 1 ? out : errfd;

		if (fd >= 0)
			close(fd);
	}
}

int
spawn_run(const char *prog, char *const argv[], const char *input,
    size_t inlen, struct strbuf *errout, char *err, size_t errsz)
{
	return spawn_run_out(prog, argv, input, inlen, NULL, errout, err,
	    errsz);
}

int
spawn_run_out(const char *prog, char *const argv[], const char *input,
    size_t inlen, struct strbuf *out, struct strbuf *errout, char *err,
    size_t errsz)
{
	posix_spawn_file_actions_t fa;
	int in[2] = { -1, -1 }, op[2] = { -1, -1 }, ep[2] = { -1, -1 };
	int status, e;
	void (*oldpipe)(int);
	pid_t pid;

	if ((input != NULL && pipe(in) != 0) ||
	    (out != NULL && pipe(op) != 0) ||
	    (errout != NULL && pipe(ep) != 0)) {
		snprintf(err, errsz, "%s: %s", prog, strerror(errno));
		goto fail;
	}
	posix_spawn_file_actions_init(&fa);
	if (input != NULL) {
		posix_spawn_file_actions_adddup2(&fa, in[0], STDIN_FILENO);
		posix_spawn_file_actions_addclose(&fa, in[1]);
	}
	if (out != NULL) {
		posix_spawn_file_actions_adddup2(&fa, op[1], STDOUT_FILENO);
		posix_spawn_file_actions_addclose(&fa, op[0]);
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
	/* Only our ends stay open, so that the pipes close when the child
	 * exits.  SIGPIPE would kill us if the child died while fed. */
	if (input != NULL)
		close(in[0]);
	if (out != NULL)
		close(op[1]);
	if (errout != NULL)
		close(ep[1]);
	oldpipe = signal(SIGPIPE, SIG_IGN);
	spawn_pump(in[1], input, inlen, op[0], out, ep[0], errout);
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
		if (op[e] >= 0)
			close(op[e]);
		if (ep[e] >= 0)
			close(ep[e]);
	}
	return -1;
}

void
spawn_libexec(const char *name, struct strbuf *prog)
{
	const char *dir = getenv("QARAU_LIBEXECDIR");
	char self[4096];
	ssize_t n;
	char *slash;

	strbuf_reset(prog);
	if (dir != NULL && *dir != '\0') {
		strbuf_printf(prog, "%s/%s", dir, name);
		return;
	}
	n = readlink("/proc/self/exe", self, sizeof self - 1);
	if (n > 0) {
		self[n] = '\0';
		if ((slash = strrchr(self, '/')) != NULL) {
			*slash = '\0';
			strbuf_printf(prog, "%s/%s", self, name);
			if (access(prog->buf, X_OK) == 0)
				return;
			strbuf_reset(prog);
		}
	}
	strbuf_printf(prog, "%s/%s", PKGLIBEXECDIR, name);
}
